package dev.stressgate.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import dev.stressgate.config.Environment;
import dev.stressgate.profile.LoadedProfile;
import dev.stressgate.profile.ProfileLoader;
import dev.stressgate.simulations.flows.FlowCatalogue;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Run bookkeeping against a loopback HTTP target (JDK HttpServer) that serves a Prometheus text body on /metrics
 * and records what is PUT to /admin/faults, like the reference app's routes of the same names.
 */
class RunRecorderTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String METRICS = "# TYPE http_requests_total counter\nhttp_requests_total{method=\"GET\"} 3\n";

    @TempDir
    Path artifacts;

    private HttpServer server;
    private final List<String> faultBodies = new CopyOnWriteArrayList<>();
    private final SettableClock clock = new SettableClock(1_764_000_000_000L);

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.stop(0);
        }
    }

    private String startTarget(boolean withMetrics) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        if (withMetrics) {
            server.createContext("/metrics", exchange -> {
                byte[] body = METRICS.getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
        }
        server.createContext("/admin/faults", exchange -> {
            faultBodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.start();
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private RunSettings settings(String baseUrl) {
        Properties properties = new Properties();
        properties.setProperty("base.url", baseUrl);
        properties.setProperty("artifact.dir", artifacts.toString());
        return RunSettings.from(Environment.of(Map.of(), properties));
    }

    /** A workload of another shape than the reference app's: the recorder writes whatever it is given. */
    private static final Workload WORKLOAD = new Workload(List.of(
            new Workload.Flow("browse", "social", Workload.Transport.HTTP, null),
            new Workload.Flow("live", Workload.Transport.WEBSOCKET, "live: echo")));

    private RunRecorder start(String baseUrl, String profile) {
        LoadedProfile loaded = new ProfileLoader(FlowCatalogue.SOCIAL.knownFlows()).load(profile);
        RunDirectory directory = RunDirectory.create(
                artifacts,
                Instant.ofEpochMilli(clock.millis()),
                loaded.profile().name());
        return RunRecorder.start(
                settings(baseUrl), loaded, directory, "dev.example.SomeSimulation", "3.15.1", WORKLOAD, clock);
    }

    private static JsonNode json(Path file) throws IOException {
        return MAPPER.readTree(file.toFile());
    }

    private static List<JsonNode> lines(Path file) throws IOException {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.map(line -> {
                        try {
                            return MAPPER.readTree(line);
                        } catch (IOException e) {
                            throw new IllegalStateException(line, e);
                        }
                    })
                    .toList();
        }
    }

    @Test
    void writesRunJsonAtStartAndCompletesItAtFinish() throws Exception {
        String baseUrl = startTarget(true);
        RunRecorder recorder = start(baseUrl, "smoke");
        RunDirectory directory = recorder.directory();

        JsonNode started = json(directory.runJson());
        assertThat(started.fieldNames())
                .toIterable()
                .containsExactly(
                        "schema_version",
                        "run_id",
                        "profile",
                        "base_url",
                        "simulation",
                        "start_epoch_ms",
                        "end_epoch_ms",
                        "gatling_version",
                        "git_commit",
                        "injector",
                        "metrics_endpoint",
                        "workload",
                        "abort");
        assertThat(started.get("abort").isNull()).as("not aborted").isTrue();
        assertThat(started.get("schema_version").asInt()).isEqualTo(1);
        assertThat(started.get("run_id").asText()).isEqualTo(directory.runId()).endsWith("-smoke");
        assertThat(started.get("profile").get("name").asText()).isEqualTo("smoke");
        assertThat(started.get("profile").get("kind").asText()).isEqualTo("load");
        assertThat(started.get("workload").toString())
                .isEqualTo("{\"flows\":[{\"name\":\"browse\",\"population\":\"social\",\"transport\":\"http\","
                        + "\"delivery_request\":null},{\"name\":\"live\",\"population\":null,"
                        + "\"transport\":\"websocket\",\"delivery_request\":\"live: echo\"}]}");
        assertThat(started.get("profile").get("source").asText())
                .isEqualTo(Path.of("profiles/smoke.json").toString());
        assertThat(started.get("profile").get("sha256").asText())
                .isEqualTo(HexFormat.of()
                        .formatHex(MessageDigest.getInstance("SHA-256")
                                .digest(Files.readAllBytes(Path.of("profiles/smoke.json")))));
        assertThat(started.get("base_url").asText()).isEqualTo(baseUrl);
        assertThat(started.get("simulation").asText()).isEqualTo("dev.example.SomeSimulation");
        assertThat(started.get("start_epoch_ms").asLong()).isEqualTo(1_764_000_000_000L);
        assertThat(started.get("end_epoch_ms").isNull()).isTrue();
        assertThat(started.get("gatling_version").asText()).isEqualTo("3.15.1");
        assertThat(started.get("injector").toString()).isEqualTo("{\"index\":0,\"count\":1}");
        assertThat(started.get("metrics_endpoint").toString())
                .isEqualTo("{\"url\":\"" + baseUrl + "/metrics\",\"available\":true,\"note\":null,\"scrapes\":1,"
                        + "\"failed_scrapes\":0,\"last_failure\":null}");

        assertThat(ProfileLoader.ofRecordedRun().load(directory.profileJson()).profile())
                .isEqualTo(new ProfileLoader(FlowCatalogue.SOCIAL.knownFlows())
                        .load("smoke")
                        .profile());

        clock.set(1_764_000_042_000L);
        recorder.finish();
        recorder.finish();

        RunMetadata ended = RunMetadataFile.read(directory.runJson());
        assertThat(ended.startEpochMs()).isEqualTo(1_764_000_000_000L);
        assertThat(ended.endEpochMs()).isEqualTo(1_764_000_042_000L);
        assertThat(ended.metricsEndpoint().available()).isTrue();
        assertThat(ended.workload()).isEqualTo(WORKLOAD);
        assertThat(ended.profile().kind()).isEqualTo("load");

        List<JsonNode> scrapes = lines(directory.scrapeJsonl());
        assertThat(scrapes).hasSizeGreaterThanOrEqualTo(2).allSatisfy(scrape -> {
            assertThat(scrape.fieldNames()).toIterable().containsExactly("ts_ms", "duration_ms", "status", "body");
            assertThat(scrape.get("status").asInt()).isEqualTo(200);
            assertThat(scrape.get("body").asText()).isEqualTo(METRICS);
        });
        try (Stream<Path> files = Files.list(directory.path())) {
            assertThat(files.map(path -> path.getFileName().toString()))
                    .containsExactlyInAnyOrder("run.json", "profile.json", "scrape.jsonl", "injector.jsonl");
        }
        assertThat(lines(directory.injectorJsonl()))
                .as("at least the closing self-sample, stamped by the run's clock")
                .isNotEmpty()
                .last()
                .satisfies(sample -> assertThat(sample.get("epoch_ms").asLong()).isEqualTo(1_764_000_042_000L));
        assertThat(faultBodies).as("smoke has no faults").isEmpty();
    }

    @Test
    void targetWithoutMetricsIsNotedNotFatal() throws Exception {
        String baseUrl = startTarget(false);
        RunRecorder recorder = start(baseUrl, "smoke");
        recorder.finish();

        RunMetadata metadata = RunMetadataFile.read(recorder.directory().runJson());
        assertThat(metadata.metricsEndpoint().available()).isFalse();
        assertThat(metadata.metricsEndpoint().note()).isEqualTo("HTTP 404 from " + baseUrl + "/metrics");
        assertThat(metadata.metricsEndpoint().lastFailure()).isEqualTo("HTTP 404 from " + baseUrl + "/metrics");
        assertThat(metadata.metricsEndpoint().failedScrapes())
                .isEqualTo(metadata.metricsEndpoint().scrapes())
                .isGreaterThanOrEqualTo(2);
        assertThat(lines(recorder.directory().scrapeJsonl()))
                .as("failed scrapes are recorded too")
                .isNotEmpty()
                .allSatisfy(scrape -> {
                    assertThat(scrape.get("status").asInt()).isEqualTo(404);
                    assertThat(scrape.get("error").asText()).isEqualTo("HTTP 404 from " + baseUrl + "/metrics");
                    assertThat(scrape.has("body")).isFalse();
                });
    }

    @Test
    void unreachableTargetIsNotedNotFatal() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        RunRecorder recorder = start("http://127.0.0.1:" + closedPort, "smoke");
        recorder.finish();

        RunMetadata metadata = RunMetadataFile.read(recorder.directory().runJson());
        assertThat(metadata.metricsEndpoint().available()).isFalse();
        assertThat(metadata.metricsEndpoint().note())
                .isEqualTo("connection refused at http://127.0.0.1:" + closedPort + "/metrics");
        assertThat(lines(recorder.directory().scrapeJsonl()))
                .as("failed scrapes are recorded too")
                .isNotEmpty()
                .allSatisfy(scrape -> {
                    assertThat(scrape.fieldNames()).toIterable().containsExactly("ts_ms", "error");
                    assertThat(scrape.get("error").asText()).isNotBlank();
                });
    }

    @Test
    void chaosProfileSwitchesFaultsOnBeforeAndOffAfter() throws Exception {
        String baseUrl = startTarget(true);
        RunRecorder recorder = start(baseUrl, "chaos");
        assertThat(faultBodies).hasSize(1);
        JsonNode applied = MAPPER.readTree(faultBodies.get(0));
        assertThat(applied.get("latency").get("millis").asInt()).isEqualTo(200);
        assertThat(applied.get("errors").get("status").asInt()).isEqualTo(503);
        assertThat(applied.get("websocket_drops").get("channels").get(0).asText())
                .isEqualTo("chat");

        recorder.finish();
        assertThat(faultBodies).hasSize(2);
        assertThat(faultBodies.get(1)).isEqualTo("{}");
    }

    @Test
    void chaosProfileFailsBeforeLoadWhenTheTargetHasNoFaultAdmin() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.start();
        String baseUrl = "http://127.0.0.1:" + server.getAddress().getPort();
        assertThatThrownBy(() -> start(baseUrl, "chaos"))
                .hasMessageStartingWith("PUT " + baseUrl + "/admin/faults answered HTTP 404");
    }

    @Test
    void aRunJsonWithoutAWorkloadReadsAsUndeclaredAndABrokenOneNamesTheField() throws Exception {
        Path file = artifacts.resolve("run.json");
        String base = "{\"schema_version\": 1, \"run_id\": \"r\", \"profile\": {\"name\": \"smoke\"},"
                + " \"base_url\": \"http://127.0.0.1:1\", \"simulation\": \"S\", \"start_epoch_ms\": 1,"
                + " \"gatling_version\": \"3.15.1\"";
        Files.writeString(file, base + "}");
        assertThat(RunMetadataFile.read(file).workload()).isEqualTo(Workload.undeclared());
        assertThat(RunMetadataFile.read(file).profile().kind()).isNull();

        Files.writeString(file, base + ", \"workload\": {\"flows\": [{\"name\": \"live\", \"transport\": \"ws\"}]}}");
        assertThatThrownBy(() -> RunMetadataFile.read(file))
                .hasMessage(
                        file + ": field 'workload.flows[0].transport': expected one of http, websocket, got \"ws\"");

        Files.writeString(file, base + ", \"workload\": {\"flows\": [{\"transport\": \"http\"}]}}");
        assertThatThrownBy(() -> RunMetadataFile.read(file))
                .hasMessage(
                        file + ": field 'workload.flows[0].name': expected a non-empty string, got nothing (the field"
                                + " is missing)");
    }

    @Test
    void runJsonReaderRejectsForeignFiles() throws Exception {
        Path file = artifacts.resolve("run.json");
        Files.writeString(file, "{\"schema_version\": 7}");
        assertThatThrownBy(() -> RunMetadataFile.read(file))
                .hasMessage(file + ": field 'schema_version': expected 1, got 7");
        Files.writeString(file, "[1,2");
        assertThatThrownBy(() -> RunMetadataFile.read(file)).hasMessageStartingWith(file + ": not a valid run.json");
    }

    /** A clock the test moves by hand, so start and end times are exact. */
    private static final class SettableClock extends Clock {
        private volatile long millis;

        SettableClock(long millis) {
            this.millis = millis;
        }

        void set(long value) {
            millis = value;
        }

        @Override
        public long millis() {
            return millis;
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochMilli(millis);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    private RunSettings injectorSettings(String baseUrl, int index) {
        Properties properties = new Properties();
        properties.setProperty("base.url", baseUrl);
        properties.setProperty("artifact.dir", artifacts.toString());
        properties.setProperty("injector.count", "3");
        properties.setProperty("injector.index", String.valueOf(index));
        properties.setProperty("run.id", "shared");
        properties.setProperty(
                "run.start-at", Instant.ofEpochMilli(clock.millis() - 250).toString());
        return RunSettings.from(Environment.of(Map.of(), properties));
    }

    @Test
    void anInjectorOfASharedRunRecordsThePlannedAndActualStartAndOnlyInjectorZeroSwitchesFaults() throws Exception {
        String baseUrl = startTarget(true);
        LoadedProfile chaos = ProfileLoader.ofRecordedRun().load("chaos");

        RunRecorder second = RunRecorder.start(
                injectorSettings(baseUrl, 1),
                chaos,
                RunDirectory.createForInjector(artifacts, "shared", 1),
                "dev.example.SomeSimulation",
                "3.15.1",
                WORKLOAD,
                clock);
        second.finish();

        assertThat(faultBodies).as("injector 1 leaves the faults to injector 0").isEmpty();
        JsonNode injector = json(second.directory().runJson()).get("injector");
        assertThat(injector.get("index").asInt()).isEqualTo(1);
        assertThat(injector.get("count").asInt()).isEqualTo(3);
        assertThat(injector.get("planned_start_epoch_ms").asLong()).isEqualTo(clock.millis() - 250);
        assertThat(injector.get("actual_start_epoch_ms").asLong()).isEqualTo(clock.millis());
        assertThat(injector.get("start_tolerance_ms").asLong()).isEqualTo(2_000);
        assertThat(json(second.directory().runJson()).get("run_id").asText()).isEqualTo("shared");
    }

    @Test
    void anInjectorThatRefusedALateStartLeavesRunJsonAndProfileJsonWithoutLoad() throws Exception {
        RunDirectory directory = RunDirectory.createForInjector(artifacts, "shared", 2);

        RunRecorder.recordRefusedStart(
                injectorSettings("http://127.0.0.1:9", 2),
                ProfileLoader.ofRecordedRun().load("smoke"),
                directory,
                "dev.example.SomeSimulation",
                "3.15.1",
                WORKLOAD,
                clock.millis() + 3_000);

        RunMetadata run = RunMetadataFile.read(directory.runJson());
        assertThat(run.startEpochMs()).isEqualTo(clock.millis() + 3_000);
        assertThat(run.endEpochMs()).isEqualTo(clock.millis() + 3_000);
        assertThat(run.injector().startOffsetMs()).hasValue(3_250);
        assertThat(run.metricsEndpoint().available()).isFalse();
        assertThat(directory.profileJson()).exists();
    }
}
