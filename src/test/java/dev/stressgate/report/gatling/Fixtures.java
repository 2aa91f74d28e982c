package dev.stressgate.report.gatling;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** Committed real Gatling 3.15.1 runs under src/test/resources/fixtures/gatling. */
final class Fixtures {

    private Fixtures() {}

    static Path dir(String name) {
        try {
            return Path.of(
                    Fixtures.class.getResource("/fixtures/gatling/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Path log(String name) {
        return dir(name).resolve("simulation.log");
    }
}
