package dev.stressgate.report.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A server-error finding built from one source says which, and never reads as a client failure it did not see. */
class ServerErrorWordingTest {

    @Test
    void fiveLoggedServerErrorsWithoutAClientFailureSayTheLogsSawThem() {
        RunFixture run = RunFixture.healthy();
        run.logs = new LogDigest(Map.of("ERROR", 5L, "WARN", 0L), Map.of(), 5, List.of());

        Finding f = RuleFindings.of(run, "server_errors").get(0);

        assertThat(f.title())
                .isEqualTo("Server errors (5xx) seen only by the server log; no client request failed "
                        + "with 5xx or a timeout");
        assertThat(f.detail())
                .isEqualTo("No request of the load test failed with 5xx or a timeout; the server "
                        + "logged 5 request lines answered 5xx. Sources: the server log.")
                .doesNotContain(" on ;")
                .doesNotContain("0 requests failed");
        assertThat(f.evidence()).extracting(Evidence::source).containsExactly("logs");
    }

    @Test
    void clientFailuresNameTheirRequestsAndEverySourceThatSawThem() {
        RunFixture run =
                RunFixture.healthy().error("status.find.in([200, 201]), but actually found 503", "posts: create", 150);
        run.logs = new LogDigest(Map.of("ERROR", 5L, "WARN", 0L), Map.of(), 5, List.of());

        Finding f = RuleFindings.of(run, "server_errors").get(0);

        assertThat(f.title()).isEqualTo("Server errors and timeouts: 0.5% of requests");
        assertThat(f.detail())
                .isEqualTo("150 requests failed with 5xx or a timeout on posts: create; the server "
                        + "logged 5 request lines answered 5xx. Sources: client results (Gatling), the server log.");
    }
}
