package dev.stressgate.run.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import dev.stressgate.config.Environment;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class OutboundHttpTest {

    private static final long MIB = 1024 * 1024;
    private static final String METRICS = "# TYPE up gauge\nup 1\n";

    private static OutboundHttp client(Duration deadline, long cap) {
        return new OutboundHttp(OutboundHttpSettings.defaults().version(), deadline, cap);
    }

    @Test
    void defaultSettingsSpeakHttp11SoAServerRefusingUpgradeStillAnswers() throws Exception {
        try (UpgradeRefusingServer server =
                new UpgradeRefusingServer(Map.of("/metrics", UpgradeRefusingServer.Route.text(METRICS)))) {
            HttpAnswer answer = OutboundHttp.forScrapes(OutboundHttpSettings.defaults(), Duration.ofSeconds(5))
                    .get(server.uri("/metrics"), "text/plain");

            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.body()).isEqualTo(METRICS);
            assertThat(server.refusedUpgrades()).isZero();
        }
    }

    @Test
    void http2OnPlainHttpSendsUpgradeWhichSuchAServerRefuses() throws Exception {
        OutboundHttpSettings http2 =
                OutboundHttpSettings.from(Environment.of(Map.of("OUTBOUND_HTTP_VERSION", "2"), new Properties()));
        try (UpgradeRefusingServer server =
                new UpgradeRefusingServer(Map.of("/metrics", UpgradeRefusingServer.Route.text(METRICS)))) {
            OutboundHttp client = OutboundHttp.forScrapes(http2, Duration.ofSeconds(5));

            assertThatThrownBy(() ->
                            client.get(server.uri("/metrics"), "text/plain").requireSuccess())
                    .isInstanceOf(OutboundFailure.class)
                    .hasMessage("HTTP 404 from " + server.uri("/metrics"));
            assertThat(server.refusedUpgrades()).isEqualTo(1);
        }
    }

    @Test
    void aStalledBodyEndsAtTheDeadlineWithThatCause() throws Exception {
        try (MisbehavingServer server = new MisbehavingServer(MisbehavingServer.STALL_BODY)) {
            OutboundHttp client = client(Duration.ofMillis(700), MIB);
            long started = System.nanoTime();

            assertThatThrownBy(() -> client.get(server.uri("/api/v1/query_range?query=up"), "application/json"))
                    .asInstanceOf(type(OutboundFailure.class))
                    .satisfies(failure -> {
                        assertThat(failure.kind()).isEqualTo(OutboundFailure.Kind.DEADLINE);
                        assertThat(failure.getMessage())
                                .isEqualTo("no complete answer within 700 ms at " + server.uri("/api/v1/query_range"));
                    });
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(30));
        }
    }

    @Test
    void aBodyStreamedBeyondTheCapIsAbortedWithTheSizeCause() throws Exception {
        try (MisbehavingServer server = new MisbehavingServer(MisbehavingServer.ENDLESS_BODY)) {
            OutboundHttp client = client(Duration.ofSeconds(20), 2 * MIB);

            assertThatThrownBy(() -> client.get(server.uri("/metrics"), "text/plain"))
                    .asInstanceOf(type(OutboundFailure.class))
                    .satisfies(failure -> {
                        assertThat(failure.kind()).isEqualTo(OutboundFailure.Kind.TOO_LARGE);
                        assertThat(failure.reason()).isEqualTo("body larger than 2 MiB");
                        assertThat(failure.getMessage())
                                .isEqualTo("body larger than 2 MiB at " + server.uri("/metrics"));
                    });
        }
    }

    @Test
    void aDeclaredLengthBeyondTheCapIsRefusedBeforeReading() throws Exception {
        try (MisbehavingServer server = new MisbehavingServer(MisbehavingServer.DECLARE_HUGE_BODY)) {
            OutboundHttp client = client(Duration.ofSeconds(20), 512 * 1024);

            assertThatThrownBy(() -> client.get(server.uri("/api/chat"), "application/json"))
                    .asInstanceOf(type(OutboundFailure.class))
                    .satisfies(failure -> {
                        assertThat(failure.kind()).isEqualTo(OutboundFailure.Kind.TOO_LARGE);
                        assertThat(failure.reason()).isEqualTo("body larger than 512 KiB");
                    });
        }
    }

    @Test
    void nothingListeningIsConnectionRefused() throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        URI uri = URI.create("http://127.0.0.1:" + port + "/metrics");

        assertThatThrownBy(() -> client(Duration.ofSeconds(5), MIB).get(uri, "text/plain"))
                .asInstanceOf(type(OutboundFailure.class))
                .satisfies(failure -> {
                    assertThat(failure.kind()).isEqualTo(OutboundFailure.Kind.CONNECTION_REFUSED);
                    assertThat(failure.getMessage()).isEqualTo("connection refused at " + uri);
                });
    }

    @Test
    void messagesNeverShowUserInfoOrQuery() {
        URI uri = URI.create("http://scraper:s3cret@metrics.internal:9100/metrics?token=abc");

        assertThat(OutboundFailure.status(uri, 401).getMessage())
                .isEqualTo("HTTP 401 from http://metrics.internal:9100/metrics");
    }

    @Test
    void settingsDefaultToHttp11AndNameTheBadValue() {
        OutboundHttpSettings defaults = OutboundHttpSettings.from(Environment.of(Map.of(), new Properties()));
        assertThat(defaults.version()).isEqualTo(HttpClient.Version.HTTP_1_1);
        assertThat(defaults.scrapeMaxBytes()).isEqualTo(16 * MIB);
        assertThat(defaults.queryMaxBytes()).isEqualTo(32 * MIB);

        Properties properties = new Properties();
        properties.setProperty("scrape.max.mib", "4");
        assertThat(OutboundHttpSettings.from(Environment.of(Map.of("SCRAPE_MAX_MIB", "64"), properties))
                        .scrapeMaxBytes())
                .isEqualTo(4 * MIB);
        assertThatThrownBy(() -> OutboundHttpSettings.from(
                        Environment.of(Map.of("OUTBOUND_HTTP_VERSION", "3"), new Properties())))
                .hasMessage("OUTBOUND_HTTP_VERSION / outbound.http.version: expected 1.1 or 2, got '3'");
        assertThatThrownBy(() ->
                        OutboundHttpSettings.from(Environment.of(Map.of("QUERY_MAX_MIB", "lots"), new Properties())))
                .hasMessage("QUERY_MAX_MIB / query.max.mib: expected a whole number of MiB from 1 to 4096, got 'lots'");
    }
}
