package dev.stressgate.report.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Opens the rendered report.html and index.html in headless Chromium from file:// URLs (offline, as a user would)
 * and checks that every chart was drawn and that the page logged nothing to the console. Screenshots are kept in
 * target/chromium-it/ for a human to look at.
 */
class ReportInChromiumIT {
    private static final Path OUT = Path.of("target", "chromium-it").toAbsolutePath();
    private static final Pattern DRAWN = Pattern.compile("<body[^>]*data-charts-drawn=\"(\\d+)\"");
    private static final Pattern EXPECTED = Pattern.compile("<body[^>]*data-charts-expected=\"(\\d+)\"");

    private static HeadlessChromium chromium;
    private static Path reportHtml;
    private static Path indexHtml;

    @BeforeAll
    static void renderPages() throws Exception {
        Files.createDirectories(OUT);
        Optional<HeadlessChromium> found = HeadlessChromium.find(OUT);
        assumeTrue(
                found.isPresent(),
                "no Chromium binary (looked at CHROMIUM_BIN, /usr/bin/chromium, /usr/bin/chromium-browser); "
                        + "install it with 'apt-get install chromium' to run this test");
        chromium = found.get();
        Path runDir = OUT.resolve("20261122T050000Z-smoke");
        ReportRenderer.withDefaults().writeTo(runDir, SampleViews.report());
        reportHtml = runDir.resolve(ReportRenderer.HTML);
        indexHtml = IndexRenderer.withDefaults().writeTo(OUT, SampleViews.index());
    }

    @Test
    void reportDrawsEveryChartWithoutConsoleMessages() throws Exception {
        assertEveryChartDrawn(reportHtml, 4);
    }

    @Test
    void indexDrawsEveryTrendChartWithoutConsoleMessages() throws Exception {
        assertEveryChartDrawn(indexHtml, 6);
    }

    @Test
    void chartDataWithAClosingScriptTagDoesNotExecute() throws Exception {
        HeadlessChromium.Result result = chromium.dumpDom(reportHtml);
        assertThat(result.stdout()).doesNotContain("<script>alert('chart')</script>");
        assertThat(result.consoleLines()).isEmpty();
    }

    @Test
    void screenshotsShowTheRenderedPages() throws Exception {
        Path reportPng = OUT.resolve("report.png");
        Path indexPng = OUT.resolve("index.png");
        Files.deleteIfExists(reportPng);
        Files.deleteIfExists(indexPng);

        assertThat(chromium.screenshot(reportHtml, reportPng, 1400, 4200).exitCode())
                .isZero();
        assertThat(chromium.screenshot(indexHtml, indexPng, 1400, 1400).exitCode())
                .isZero();

        assertPng(reportPng, 150_000);
        assertPng(indexPng, 40_000);
    }

    private static void assertEveryChartDrawn(Path page, int charts) throws Exception {
        HeadlessChromium.Result result = chromium.dumpDom(page);
        assertThat(result.exitCode()).as(result.stderr()).isZero();
        String dom = result.stdout();
        assertThat(count(dom, "<canvas")).isEqualTo(charts);
        assertThat(attribute(EXPECTED, dom)).isEqualTo(charts);
        assertThat(attribute(DRAWN, dom)).as("charts drawn").isEqualTo(charts);
        assertThat(result.consoleLines()).as("console output of " + page).isEmpty();
    }

    private static void assertPng(Path png, long minimumBytes) throws Exception {
        assertThat(png).exists();
        byte[] bytes = Files.readAllBytes(png);
        assertThat(bytes).startsWith(0x89, 'P', 'N', 'G');
        assertThat((long) bytes.length).as("size of " + png).isGreaterThan(minimumBytes);
    }

    private static int attribute(Pattern pattern, String dom) {
        Matcher m = pattern.matcher(dom);
        assertThat(m.find()).as(pattern.pattern()).isTrue();
        return Integer.parseInt(m.group(1));
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }
}
