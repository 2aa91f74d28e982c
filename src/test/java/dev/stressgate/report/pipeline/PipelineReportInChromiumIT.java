package dev.stressgate.report.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.stressgate.report.render.HeadlessChromium;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The report the pipeline writes for a real run directory (real simulation.log, real log file, unreachable
 * Prometheus/Loki/Ollama on loopback), opened offline in headless Chromium: every chart that has data is drawn,
 * nothing reaches the console. Screenshots stay in target/chromium-it/pipeline/.
 */
class PipelineReportInChromiumIT {
    private static final Path OUT = Path.of("target", "chromium-it", "pipeline").toAbsolutePath();
    private static final Pattern DRAWN = Pattern.compile("<body[^>]*data-charts-drawn=\"(\\d+)\"");
    private static final Pattern EXPECTED = Pattern.compile("<body[^>]*data-charts-expected=\"(\\d+)\"");

    private static HeadlessChromium chromium;
    private static RunDirFixture fixture;

    @BeforeAll
    static void report() throws Exception {
        if (Files.exists(OUT)) {
            try (Stream<Path> old = Files.walk(OUT)) {
                for (Path path : old.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
        Files.createDirectories(OUT);
        Optional<HeadlessChromium> found = HeadlessChromium.find(OUT);
        assumeTrue(
                found.isPresent(),
                "no Chromium binary (CHROMIUM_BIN, /usr/bin/chromium, /usr/bin/chromium-browser); "
                        + "install it with 'apt-get install chromium' to run this test");
        chromium = found.get();
        fixture = RunDirFixture.create(OUT);
        new ReportPipeline(fixture.settings(true), line -> {}).run(fixture.runDir, Optional.empty());
    }

    @Test
    void reportOfARealRunDrawsItsChartsWithoutConsoleMessages() throws Exception {
        Path page = fixture.runDir.resolve("report.html");
        HeadlessChromium.Result result = chromium.dumpDom(page);
        int expected = attribute(EXPECTED, result.stdout());
        assertThat(expected).as("client charts always have data").isGreaterThanOrEqualTo(2);
        assertThat(attribute(DRAWN, result.stdout())).isEqualTo(expected);
        assertThat(result.consoleLines()).isEmpty();

        Path png = OUT.resolve("report.png");
        assertThat(chromium.screenshot(page, png, 1400, 3600).exitCode()).isZero();
        assertThat(Files.size(png)).isGreaterThan(100_000);
    }

    @Test
    void indexOfARealRunDrawsItsTrendsWithoutConsoleMessages() throws Exception {
        Path page = fixture.artifactDir.resolve("index.html");
        HeadlessChromium.Result result = chromium.dumpDom(page);
        assertThat(attribute(EXPECTED, result.stdout())).isEqualTo(3);
        assertThat(attribute(DRAWN, result.stdout())).isEqualTo(3);
        assertThat(result.consoleLines()).isEmpty();

        Path png = OUT.resolve("index.png");
        assertThat(chromium.screenshot(page, png, 1400, 900).exitCode()).isZero();
        assertThat(Files.size(png)).isGreaterThan(30_000);
    }

    private static int attribute(Pattern pattern, String dom) {
        Matcher m = pattern.matcher(dom);
        assertThat(m.find()).as(pattern.pattern()).isTrue();
        return Integer.parseInt(m.group(1));
    }
}
