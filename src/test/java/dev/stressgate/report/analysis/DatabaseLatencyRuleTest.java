package dev.stressgate.report.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The slow database operations are named from the histogram's own labels, whatever the target calls them. */
class DatabaseLatencyRuleTest {

    @Test
    void namesTheSlowOperationsOfOurAppSlowestFirst() {
        RunFixture ours = RunFixture.healthy()
                .series("db_latency_p95", "ms", Map.of("operation", "list_posts"), s -> s > 100 ? 180 : 9)
                .addLine("db_latency_p95", "ms", Map.of("operation", "insert_like"), s -> 4)
                .addLine("db_latency_p95", "ms", Map.of("operation", "feed_query"), s -> s > 100 ? 420 : 12);

        Finding f = RuleFindings.of(ours, "db_latency").get(0);

        assertThat(f.id()).isEqualTo("db_latency.db_latency_p95");
        assertThat(f.title())
                .isEqualTo("Slow database queries: p95 up to 420 ms (threshold 100 ms) on feed_query, list_posts");
        assertThat(f.evidence())
                .extracting(Evidence::id)
                .containsExactly(
                        "server.db_latency_p95{operation=feed_query}", "server.db_latency_p95{operation=list_posts}");
        assertThat(f.evidence().get(0).values()).containsEntry("peak", 420.0).containsEntry("samples", 39.0);
        assertThat(f.detail()).contains("feed_query: p95 up to 420 ms for 39 consecutive samples");
    }

    @Test
    void aGoTargetLabellingByQueryAndDatabaseIsNamedByBoth() {
        RunFixture go = RunFixture.healthy()
                .series(
                        "db_latency_p95",
                        "ms",
                        Map.of("query", "SelectTimeline", "db", "main"),
                        s -> s > 200 ? 950 : 30)
                .addLine("db_latency_p95", "ms", Map.of("query", "InsertPost", "db", "main"), s -> 60);

        Finding f = RuleFindings.of(go, "db_latency").get(0);

        assertThat(f.title()).endsWith(" on db=main query=SelectTimeline");
        assertThat(f.evidence())
                .extracting(Evidence::id)
                .containsExactly("server.db_latency_p95{db=main,query=SelectTimeline}");
    }

    @Test
    void operationsUnderTheThresholdAreNotNamed() {
        RunFixture run = RunFixture.healthy()
                .series("db_latency_p95", "ms", Map.of("op", "get"), s -> 99)
                .addLine("db_latency_p95", "ms", Map.of("op", "put"), s -> s == 150 ? 400 : 20);

        assertThat(RuleFindings.of(run, "db_latency"))
                .as("one sample above is not sustained")
                .isEmpty();
    }
}
