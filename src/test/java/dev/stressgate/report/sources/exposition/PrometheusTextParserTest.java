package dev.stressgate.report.sources.exposition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PrometheusTextParserTest {

    private final PrometheusTextParser parser = new PrometheusTextParser();

    @Test
    void readsHelpTypeAndSamplesWithLabels() throws Exception {
        Exposition exposition = parser.parse("""
                # HELP http_requests_total Total requests.\\nSecond line with a \\\\ backslash.
                # TYPE http_requests_total counter
                http_requests_total{method="GET",route="/api/posts/{id}",status="200"} 1027
                http_requests_total{method="POST",route="/api/posts",status="500"} 3 1395066363000
                # a free comment that is ignored
                process_cpu_seconds_total 12.5
                """);

        assertThat(exposition.samples()).hasSize(3);
        Sample first = exposition.samples().get(0);
        assertThat(first.name()).isEqualTo("http_requests_total");
        assertThat(first.labels())
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of("method", "GET", "route", "/api/posts/{id}", "status", "200"));
        assertThat(first.value()).isEqualTo(1027.0);
        assertThat(first.timestampMs()).isNull();
        assertThat(exposition.samples().get(1).timestampMs()).isEqualTo(1395066363000L);
        assertThat(exposition.samples().get(2).labels()).isEmpty();
        assertThat(exposition.typeOf("http_requests_total")).isEqualTo(MetricType.COUNTER);
        assertThat(exposition.help().get("http_requests_total"))
                .isEqualTo("Total requests.\nSecond line with a \\ backslash.");
    }

    @Test
    void resolvesEscapesInLabelValues() throws Exception {
        Exposition exposition = parser.parse(
                "msg_total{path=\"C:\\\\dir\\\\file\",quote=\"say \\\"hi\\\"\",nl=\"a\\nb\",brace=\"}{,=\"} 1\n");

        assertThat(exposition.samples().get(0).labels())
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of("path", "C:\\dir\\file", "quote", "say \"hi\"", "nl", "a\nb", "brace", "}{,="));
    }

    @Test
    void readsSpecialFloatValuesAndScientificNotation() throws Exception {
        Exposition exposition = parser.parse("""
                a NaN
                b +Inf
                c -Inf
                d 1.5e-3
                e -0
                """);

        assertThat(exposition.samples())
                .extracting(Sample::value)
                .containsExactly(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0.0015, -0.0);
    }

    @Test
    void assignsHistogramSeriesToTheirFamilyType() throws Exception {
        Exposition exposition = parser.parse("""
                # TYPE http_request_duration_seconds histogram
                http_request_duration_seconds_bucket{route="/a",le="0.1"} 4
                http_request_duration_seconds_bucket{route="/a",le="+Inf"} 5
                http_request_duration_seconds_count{route="/a"} 5
                http_request_duration_seconds_sum{route="/a"} 0.42
                """);

        assertThat(exposition.typeOf("http_request_duration_seconds_bucket")).isEqualTo(MetricType.HISTOGRAM);
        assertThat(exposition.typeOf("http_request_duration_seconds_sum")).isEqualTo(MetricType.HISTOGRAM);
        assertThat(exposition.typeOf("never_declared")).isEqualTo(MetricType.UNTYPED);
        assertThat(exposition.samples().get(1).label("le")).isEqualTo("+Inf");
    }

    @Test
    void toleratesBlankLinesTrailingCommaCarriageReturnsAndEofMarker() throws Exception {
        Exposition exposition = parser.parse("\r\n  \nup{job=\"x\",} 1\r\n\t\n# EOF\n");

        assertThat(exposition.samples()).singleElement().satisfies(s -> {
            assertThat(s.labels()).containsEntry("job", "x");
            assertThat(s.value()).isEqualTo(1.0);
        });
    }

    @Test
    void reportsLineAndColumnOfAnUnterminatedLabelValue() {
        assertThatThrownBy(() -> parser.parse("ok 1\nbad{route=\"/a} 1\n"))
                .isInstanceOf(ExpositionParseException.class)
                .hasMessageContaining("line 2")
                .hasMessageContaining("unterminated label value");
    }

    @Test
    void rejectsAValueThatIsNotANumber() {
        assertThatThrownBy(() -> parser.parse("up twelve\n"))
                .isInstanceOf(ExpositionParseException.class)
                .hasMessage("line 1, column 10: expected a float value (or NaN, +Inf, -Inf) but found 'twelve'");
    }

    @Test
    void rejectsAMissingValueAnInvalidEscapeAndAnUnknownType() {
        assertThatThrownBy(() -> parser.parse("up\n")).hasMessageContaining("line 1");
        assertThatThrownBy(() -> parser.parse("up{a=\"\\t\"} 1\n")).hasMessageContaining("invalid escape");
        assertThatThrownBy(() -> parser.parse("# TYPE up stopwatch\n"))
                .hasMessageContaining("unknown metric type 'stopwatch'");
        assertThatThrownBy(() -> parser.parse("up{a=\"1\",a=\"2\"} 1\n")).hasMessageContaining("duplicate label 'a'");
        assertThatThrownBy(() -> parser.parse("up 1 12x\n")).hasMessageContaining("integer timestamp");
    }
}
