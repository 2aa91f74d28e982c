package dev.stressgate.report.sources.exposition;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stressgate.report.sources.testing.LoopbackMetricsTarget;
import org.junit.jupiter.api.Test;

/** The parser against text written by the real Prometheus client_java, as the reference app serves it. */
class ClientJavaExpositionTest {

    @Test
    void parsesWhatClientJavaWrites() throws Exception {
        String text;
        try (LoopbackMetricsTarget target = new LoopbackMetricsTarget()) {
            target.recordTraffic();
            target.recordTraffic();
            text = target.exposition();
        }

        Exposition exposition = new PrometheusTextParser().parse(text);

        assertThat(exposition.typeOf("http_requests_total")).isEqualTo(MetricType.COUNTER);
        assertThat(exposition.typeOf("http_request_duration_seconds_bucket")).isEqualTo(MetricType.HISTOGRAM);
        assertThat(exposition.samples())
                .filteredOn(s -> s.name().equals("http_requests_total") && "500".equals(s.label("status")))
                .singleElement()
                .satisfies(s -> assertThat(s.value()).isEqualTo(2.0));
        assertThat(exposition.samples())
                .filteredOn(s -> s.name().equals("http_request_duration_seconds_bucket")
                        && "GET".equals(s.label("method"))
                        && "+Inf".equals(s.label("le")))
                .singleElement()
                .satisfies(s -> assertThat(s.value()).isEqualTo(20.0));
        assertThat(exposition.samples())
                .filteredOn(s -> s.name().equals("sanctum_active_websockets"))
                .extracting(Sample::value)
                .containsExactlyInAnyOrder(12.0, 3.0);
    }
}
