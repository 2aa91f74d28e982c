package dev.stressgate.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stressgate.report.render.view.ReportView;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class ReportRendererTest {
    private static Map<String, String> rendered;
    private static String html;

    @BeforeAll
    static void renderSample() {
        rendered = ReportRenderer.withDefaults().render(SampleViews.report());
        html = rendered.get(ReportRenderer.HTML);
    }

    @Test
    void rendersTheFourReportFiles() {
        assertThat(rendered).containsOnlyKeys("report.html", "report.md", "report.txt", "junit.xml");
        assertThat(rendered.values()).allSatisfy(text -> assertThat(text).contains("20261122T050000Z-smoke"));
    }

    @Test
    void logLineWithScriptTagIsEscapedInHtml() {
        assertThat(html).contains("user bio was &lt;script&gt;alert(1)&lt;/script&gt; &amp; more");
        assertThat(html).doesNotContain("<script>alert(1)");
    }

    @Test
    void htmlHasOnlyItsOwnThreeScriptElements() {
        assertThat(count(html, "<script")).isEqualTo(3);
        assertThat(count(html.toLowerCase(), "</script")).isEqualTo(3);
    }

    @Test
    void closingScriptTagInChartDataCannotBreakOutAndSurvivesTheRoundTrip() throws Exception {
        String json = scriptBody(html, "chart-data");
        assertThat(json.toLowerCase())
                .doesNotContain("</script")
                .doesNotContain("<!--")
                .doesNotContain("<");

        JsonNode payload = new ObjectMapper().readTree(json);
        assertThat(payload.get("axisMaxSeconds").asDouble()).isEqualTo(SampleViews.DURATION_SECONDS);
        List<String> labels = new ArrayList<>();
        payload.get("charts")
                .forEach(chart -> chart.get("series")
                        .forEach(s -> labels.add(s.get("label").asText())));
        assertThat(labels).contains(SampleViews.BREAKOUT_LABEL);
    }

    @Test
    void onlyChartsWithDataGetACanvasAndTheBodyAnnouncesHowMany() {
        assertThat(count(html, "<canvas")).isEqualTo(4);
        assertThat(html).contains("data-charts-expected=\"4\"");
        assertThat(html).contains("Database latency unavailable: metric sanctum_database_query_latency_seconds absent");
    }

    @Test
    void everyChartSharesTheRunTimeAxis() throws Exception {
        JsonNode payload = new ObjectMapper().readTree(scriptBody(html, "chart-data"));
        payload.get("charts")
                .forEach(chart -> chart.get("series")
                        .forEach(series -> series.get("points")
                                .forEach(point -> assertThat(point.get("x").asDouble())
                                        .isBetween(0.0, SampleViews.DURATION_SECONDS))));
        assertThat(html).contains("max: payload.axisMaxSeconds");
    }

    @Test
    void htmlIsSelfContained() {
        assertThat(html).doesNotContainPattern("(?i)<script[^>]+src=").doesNotContainPattern("(?i)<link[^>]+href=");
        assertThat(html)
                .contains("Chart.js v4.5.1")
                .doesNotContain("sourceMappingURL")
                .doesNotContain("highcharts");
        assertThat(html).contains("href=\"gatling/socialmixedsimulation-20261122050001/index.html\"");
    }

    @Test
    void requestNamesAreEscapedInHtml() {
        assertThat(html)
                .contains("posts: &lt;b&gt;create&lt;/b&gt; | &quot;quoted&quot; &amp; &#39;single&#39; *bold* [x](y)");
        assertThat(html).doesNotContain("<b>create</b>");
    }

    @Test
    void requestNamesAreEscapedInMarkdownAndCannotBreakTheTable() {
        String md = rendered.get(ReportRenderer.MARKDOWN);
        String row = md.lines()
                .filter(l -> l.contains("create&lt;"))
                .filter(l -> l.contains("1800"))
                .findFirst()
                .orElseThrow();
        assertThat(row)
                .startsWith("| posts: &lt;b&gt;create&lt;/b&gt; \\| \"quoted\" &amp; 'single' \\*bold\\* \\[x\\](y) |");
        assertThat(unescapedPipes(row)).isEqualTo(14);
        assertThat(md).doesNotContain("<script>").doesNotContain("<b>");
        assertThat(md).contains("user bio was &lt;script&gt;alert(1)&lt;/script&gt; &amp; more");
    }

    @Test
    void textReportDropsControlCharactersAndKeepsEachLogLineOnOneLine() {
        String txt = rendered.get(ReportRenderer.TEXT);
        assertThat(txt).doesNotContain("\u001b").doesNotContain("\r");
        assertThat(txt).contains("line one line two [31mred[0m carriage");
        assertThat(txt).contains(SampleViews.SCRIPT_LOG_LINE);
    }

    @Test
    void textTablesAreFixedWidth() {
        String txt = rendered.get(ReportRenderer.TEXT);
        List<String> requestRows = txt.lines()
                .filter(l ->
                        l.startsWith("auth: login") || l.startsWith("feed: list posts") || l.startsWith("All requests"))
                .toList();
        assertThat(requestRows).hasSizeGreaterThanOrEqualTo(3);
        assertThat(requestRows.stream().map(String::length).distinct()).hasSize(1);
        assertThat(txt).contains("posts: <b>create</b> | \"quoted\" & '~ ");
        assertThat(txt.lines()).noneMatch(line -> line.endsWith(" "));
    }

    @Test
    void junitXmlIsWellFormedWithOneTestCasePerCheckAndFailuresCarryMeasuredVersusTarget() throws Exception {
        Document doc = parse(rendered.get(ReportRenderer.JUNIT));
        NodeList cases = doc.getElementsByTagName("testcase");
        ReportView view = SampleViews.report();
        assertThat(cases.getLength())
                .isEqualTo(view.slos().size() + view.gateChecks().size());

        List<String> names = new ArrayList<>();
        for (int i = 0; i < cases.getLength(); i++) {
            names.add(((Element) cases.item(i)).getAttribute("name"));
        }
        assertThat(names)
                .containsExactly(
                        "p95 latency",
                        "error rate",
                        "chat delivery p99",
                        "no critical alerts",
                        SampleViews.HOSTILE_CHECK);

        NodeList failures = doc.getElementsByTagName("failure");
        assertThat(failures.getLength()).isEqualTo(2);
        Element p95Failure = (Element) failures.item(0);
        assertThat(((Element) p95Failure.getParentNode()).getAttribute("name")).isEqualTo("p95 latency");
        assertThat(p95Failure.getAttribute("message")).isEqualTo("measured 912 ms, target <= 800 ms");
        assertThat(doc.getElementsByTagName("skipped").getLength()).isEqualTo(1);

        Element suite = (Element) doc.getElementsByTagName("testsuite").item(0);
        assertThat(suite.getAttribute("tests")).isEqualTo("5");
        assertThat(suite.getAttribute("failures")).isEqualTo("2");
        assertThat(suite.getAttribute("skipped")).isEqualTo("1");
    }

    @Test
    void renderingTheSameViewTwiceGivesTheSameBytes(@TempDir Path dir) throws Exception {
        Path first = dir.resolve("first");
        Path second = dir.resolve("second");
        ReportRenderer.withDefaults().writeTo(first, SampleViews.report());
        ReportRenderer.withDefaults().writeTo(second, SampleViews.report());
        ReportRenderer.withDefaults().writeTo(second, SampleViews.report());

        for (String file : List.of("report.html", "report.md", "report.txt", "junit.xml")) {
            assertThat(Files.readAllBytes(second.resolve(file)))
                    .as(file)
                    .isEqualTo(Files.readAllBytes(first.resolve(file)));
        }
        try (Stream<Path> files = Files.list(second)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("report.html", "report.md", "report.txt", "junit.xml");
        }
    }

    static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    static String scriptBody(String page, String id) {
        Matcher m = Pattern.compile(
                        "<script type=\"application/json\" id=\"" + id + "\">(.*?)</script>", Pattern.DOTALL)
                .matcher(page);
        assertThat(m.find()).as("script element #" + id).isTrue();
        return m.group(1);
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }

    private static long unescapedPipes(String row) {
        long pipes = 0;
        for (int i = 0; i < row.length(); i++) {
            if (row.charAt(i) == '|' && (i == 0 || row.charAt(i - 1) != '\\')) {
                pipes++;
            }
        }
        return pipes;
    }
}
