package dev.stressgate.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexRendererTest {
    private final String html = IndexRenderer.withDefaults().render(SampleViews.index());

    @Test
    void listsEveryRunNewestFirstWithLinksToItsReport() {
        assertThat(html)
                .containsSubsequence(
                        "20261122T050000Z-smoke",
                        "20261121T090000Z-high",
                        "20261121T050000Z-smoke",
                        "20261120T050000Z-");
        assertThat(html).contains("<a href=\"20261122T050000Z-smoke/report.html\">report.html</a>");
    }

    @Test
    void aBrokenRunIsListedWithItsProblemAndItsNameEscaped() {
        assertThat(html).contains("20261120T050000Z-&lt;b&gt;odd&lt;/b&gt;").doesNotContain("<b>odd</b>");
        assertThat(html).contains("summary.json missing");
    }

    @Test
    void embedsOneTrendPerProfileWithMissingValuesAsNull() throws Exception {
        JsonNode trends = new ObjectMapper()
                .readTree(ReportRendererTest.scriptBody(html, "trend-data"))
                .get("trends");
        assertThat(trends).hasSize(2);
        assertThat(trends.get(0).get("profile").asText()).isEqualTo("smoke");
        assertThat(trends.get(0).get("p95Ms")).hasSize(3);
        assertThat(trends.get(0).get("errorPercent").get(0).isNull()).isTrue();
        assertThat(html).contains("data-charts-expected=\"6\"");
        assertThat(html.split("<canvas", -1)).hasSize(7);
    }

    @Test
    void writesTheSameBytesTwice(@TempDir Path dir) throws Exception {
        Path first = IndexRenderer.withDefaults().writeTo(dir, SampleViews.index());
        byte[] before = Files.readAllBytes(first);
        IndexRenderer.withDefaults().writeTo(dir, SampleViews.index());
        assertThat(Files.readAllBytes(dir.resolve("index.html"))).isEqualTo(before);
    }
}
