package dev.stressgate.report.diagnosis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stressgate.run.RunDirectory;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A cell's run directory as committed under {@code src/test/resources/diagnosis/runs/<target>/<cell>/}: the run's
 * inputs only (run.json, profile.json, the injector's own samples injector.jsonl when the run wrote them, and gzipped
 * scrape.jsonl, gatling/.../simulation.log and target.log, to keep each cell small) plus {@code matrix-cell.json} (target, cell, the recording machine's CPU count). Nothing the
 * report writes is kept: the test reports every cell afresh.
 */
public record RecordedCell(Path directory, String target, String cellId, int serverCores) {
    public static final Path DEFAULT_ROOT = Path.of("src/test/resources/diagnosis/runs");
    static final String CELL_FILE = "matrix-cell.json";
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final List<String> PLAIN = List.of("run.json", "profile.json");
    private static final List<String> GZIPPED = List.of("scrape.jsonl", CellJudge.TARGET_LOG);

    /** Every recorded cell under {@code root} ({@code <target>/<cell>/matrix-cell.json}), sorted by target and cell. */
    public static List<RecordedCell> under(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        List<RecordedCell> cells = new ArrayList<>();
        try (Stream<Path> files = Files.find(
                root, 3, (path, attributes) -> path.getFileName().toString().equals(CELL_FILE))) {
            for (Path file : files.sorted().toList()) {
                JsonNode node = MAPPER.readTree(file.toFile());
                cells.add(new RecordedCell(
                        file.getParent(),
                        node.path("target").asText(),
                        node.path("cell").asText(),
                        node.path("server_cores").asInt(1)));
            }
        }
        return cells;
    }

    /** Copies a live run's inputs into {@code root/<target>/<cell>/}, replacing an earlier recording of the cell. */
    public static RecordedCell save(Path runDir, Path root, String target, String cellId, int serverCores)
            throws IOException {
        Path dir = root.resolve(target).resolve(cellId);
        deleteRecursively(dir);
        Files.createDirectories(dir);
        for (String name : PLAIN) {
            Files.copy(runDir.resolve(name), dir.resolve(name));
        }
        for (String name : GZIPPED) {
            gzip(runDir.resolve(name), dir.resolve(name + ".gz"));
        }
        Path injector = RunDirectory.at(runDir).injectorJsonl();
        if (Files.exists(injector)) { // cells recorded before the injector sampled itself have none
            Files.copy(injector, dir.resolve(injector.getFileName()));
        }
        try (Stream<Path> logs = Files.find(
                runDir.resolve("gatling"),
                3,
                (path, attributes) -> path.getFileName().toString().equals("simulation.log"))) {
            for (Path log : logs.toList()) {
                Path relative = runDir.relativize(log);
                Files.createDirectories(dir.resolve(relative).getParent());
                gzip(log, dir.resolve(relative + ".gz"));
            }
        }
        ObjectNode cell = MAPPER.createObjectNode()
                .put("target", target)
                .put("cell", cellId)
                .put("server_cores", serverCores)
                .put("recorded_at", Instant.now().toString())
                .put("recorded_from", runDir.getFileName().toString());
        MAPPER.writerWithDefaultPrettyPrinter()
                .writeValue(dir.resolve(CELL_FILE).toFile(), cell);
        return new RecordedCell(dir, target, cellId, serverCores);
    }

    /** Restores the run directory (gunzipped) as {@code parent/<run dir name>}, ready for the report pipeline. */
    public Path restoreInto(Path parent) throws IOException {
        Path runDir = parent.resolve(target + "-" + cellId);
        Files.createDirectories(runDir);
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String relative = directory.relativize(file).toString();
                if (relative.equals(CELL_FILE)) {
                    continue;
                }
                Path target = runDir.resolve(
                        relative.endsWith(".gz") ? relative.substring(0, relative.length() - 3) : relative);
                Files.createDirectories(target.getParent());
                if (relative.endsWith(".gz")) {
                    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
                        Files.copy(in, target);
                    }
                } else {
                    Files.copy(file, target);
                }
            }
        }
        return runDir;
    }

    private static void gzip(Path from, Path to) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(to))) {
            Files.copy(from, out);
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
