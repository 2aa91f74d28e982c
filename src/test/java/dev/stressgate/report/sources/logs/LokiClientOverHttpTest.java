package dev.stressgate.report.sources.logs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stressgate.run.http.UpgradeRefusingServer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Loki's query_range behind a server that answers 404 to any request carrying {@code Upgrade}. */
class LokiClientOverHttpTest {

    private static final String STREAMS = "{\"status\":\"success\",\"data\":{\"resultType\":\"streams\",\"result\":["
            + "{\"stream\":{\"job\":\"api\",\"level\":\"error\"},\"values\":["
            + "[\"1732251605000000000\",\"{\\\"ts\\\":1732251605.0,\\\"msg\\\":\\\"db timeout\\\",\\\"level\\\":\\\"error\\\"}\"]]}],"
            + "\"stats\":{}}}";

    @Test
    void readsStreamsFromAServerThatRefusesUpgrades() throws Exception {
        try (UpgradeRefusingServer server = new UpgradeRefusingServer(
                Map.of("/loki/api/v1/query_range", UpgradeRefusingServer.Route.json(STREAMS)))) {
            LokiClient client = new LokiClient(server.uri(""), Duration.ofSeconds(10));

            List<LokiLine> lines =
                    client.queryRange("{job=\"api\"}", 1_732_251_600_000_000_000L, 1_732_251_700_000_000_000L, 100);

            assertThat(lines).singleElement().satisfies(line -> {
                assertThat(line.epochNanos()).isEqualTo(1_732_251_605_000_000_000L);
                assertThat(line.labels()).isEqualTo(Map.of("job", "api", "level", "error"));
                assertThat(line.line()).contains("db timeout");
            });
            assertThat(server.refusedUpgrades()).isZero();
        }
    }
}
