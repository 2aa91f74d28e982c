package dev.stressgate.report.render;

import dev.stressgate.run.RunDirectory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds Gatling's own HTML report of a run ({@code gatling/<simulation>-<timestamp>/index.html}) and returns it as
 * a relative, percent-encoded link from the run directory. With several (one per injector) the first by name wins.
 */
final class GatlingReportLink {
    Optional<String> find(Path runDir) {
        Path gatling = RunDirectory.at(runDir).gatlingResults();
        if (!Files.isDirectory(gatling)) {
            return Optional.empty();
        }
        try (Stream<Path> children = Files.list(gatling)) {
            return children.filter(dir -> Files.isRegularFile(dir.resolve("index.html")))
                    .map(dir -> dir.getFileName().toString())
                    .sorted()
                    .findFirst()
                    .map(name -> RelativeLink.to(gatling.getFileName() + "/" + name + "/index.html"));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
