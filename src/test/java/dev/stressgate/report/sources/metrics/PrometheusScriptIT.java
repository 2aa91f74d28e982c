package dev.stressgate.report.sources.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.stressgate.report.sources.testing.LoopbackMetricsTarget;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * scripts/prometheus.sh run as a user would: the runtime config it writes, a real prometheus it starts on a free
 * loopback port scraping a loopback client_java target (BASE_URL) with a test rules file (PROM_ALERTS_FILE), and
 * its refusals. Tests that start prometheus are skipped with a reason where the binary is not installed.
 */
class PrometheusScriptIT {

    private static final String RULES = """
            groups:
              - name: script-it
                rules:
                  - alert: ScriptTestTargetUp
                    expr: up{job="socialapp"} == 1
                    for: 1s
                    labels:
                      severity: warning
            """;

    @TempDir
    Path state;

    private Path rules;
    private Map<String, String> environment;

    private record Result(int exitCode, String output) {}

    @BeforeEach
    void environment() throws IOException {
        rules = Files.writeString(state.resolve("test-rules.yml"), RULES);
        environment = new HashMap<>(Map.of(
                "PROM_STATE_DIR",
                state.resolve("prometheus").toString(),
                "PROM_ALERTS_FILE",
                rules.toString(),
                "PROM_READY_TIMEOUT",
                "60"));
    }

    @AfterEach
    void stopWhatUpStarted() throws Exception {
        if (Files.exists(pidFile())) {
            run("down");
        }
    }

    private Path pidFile() {
        return state.resolve("prometheus/prometheus.pid");
    }

    private Result run(String command) throws IOException, InterruptedException {
        Path output = Files.createTempFile(state, "script", ".out");
        ProcessBuilder builder = new ProcessBuilder("bash", "scripts/prometheus.sh", command)
                .redirectErrorStream(true)
                .redirectOutput(output.toFile());
        for (String inherited : new String[] {"BASE_URL", "PROM_PORT", "PROMETHEUS_BIN"}) {
            builder.environment().remove(inherited);
        }
        builder.environment().putAll(environment);
        Process process = builder.start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(
                    "scripts/prometheus.sh " + command + " did not finish: " + Files.readString(output));
        }
        return new Result(process.exitValue(), Files.readString(output));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static Path prometheusBinary() {
        Optional<Path> binary = PrometheusServer.binary();
        assumeTrue(binary.isPresent(), "prometheus is not on the PATH (install the Debian 'prometheus' package)");
        return binary.get();
    }

    /** Polls a GET on the server until the JSON answer satisfies the condition, for at most the deadline. */
    private static JsonNode await(URI uri, Predicate<JsonNode> condition, Duration deadline) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long until = System.nanoTime() + deadline.toNanos();
        String last = "(no answer)";
        while (System.nanoTime() < until) {
            last = http.send(
                            HttpRequest.newBuilder(uri)
                                    .timeout(Duration.ofSeconds(5))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
            JsonNode answer = new ObjectMapper().readTree(last);
            if (condition.test(answer)) {
                return answer;
            }
            Thread.sleep(500);
        }
        throw new AssertionError(uri + " never satisfied the condition; last answer: " + last);
    }

    /** The active target of {@code job} among the active targets Prometheus answered, or a missing node. */
    private static JsonNode jobTarget(JsonNode activeTargets, String job) {
        for (JsonNode active : activeTargets) {
            if (active.path("labels").path("job").asText().equals(job)) {
                return active;
            }
        }
        return MissingNode.getInstance();
    }

    @Test
    void upStartsPrometheusOnTheBaseUrlsTargetWithTheGivenRulesAndDownStopsExactlyIt() throws Exception {
        prometheusBinary();
        int port = freePort();
        try (LoopbackMetricsTarget target = new LoopbackMetricsTarget()) {
            environment.put("PROM_PORT", Integer.toString(port));
            environment.put("BASE_URL", "http://" + target.hostPort());
            int injectorPort = freePort();
            environment.put("INJECTOR_METRICS_PORT", Integer.toString(injectorPort));
            URI prometheus = URI.create("http://127.0.0.1:" + port);

            Result up = run("up");

            assertThat(up.exitCode()).as(up.output()).isZero();
            assertThat(up.output()).contains("prometheus ready on http://127.0.0.1:" + port, "rules: " + rules);
            long pid = Long.parseLong(Files.readString(pidFile()).strip());
            assertThat(ProcessHandle.of(pid))
                    .hasValueSatisfying(p -> assertThat(p.isAlive()).isTrue());
            JsonNode targets = await(
                            prometheus.resolve("/api/v1/targets"),
                            answer -> jobTarget(answer.path("data").path("activeTargets"), "socialapp")
                                    .path("health")
                                    .asText()
                                    .equals("up"),
                            Duration.ofSeconds(60))
                    .path("data")
                    .path("activeTargets");
            assertThat(targets)
                    .as("the target and the injector's live endpoint, nothing else")
                    .extracting(active -> active.path("labels").path("job").asText())
                    .containsExactlyInAnyOrder("socialapp", "injector");
            assertThat(jobTarget(targets, "socialapp").path("scrapeUrl").asText())
                    .isEqualTo("http://" + target.hostPort() + "/metrics");
            assertThat(jobTarget(targets, "injector").path("scrapeUrl").asText())
                    .isEqualTo("http://127.0.0.1:" + injectorPort + "/metrics");
            await(
                    prometheus.resolve("/api/v1/query?query="
                            + URLEncoder.encode(
                                    "ALERTS{alertname=\"ScriptTestTargetUp\",alertstate=\"firing\"}",
                                    StandardCharsets.UTF_8)),
                    answer -> !answer.path("data").path("result").isEmpty(),
                    Duration.ofSeconds(60));
            JsonNode groups = await(prometheus.resolve("/api/v1/rules"), answer -> true, Duration.ofSeconds(5))
                    .path("data")
                    .path("groups");
            assertThat(groups).extracting(group -> group.path("name").asText()).containsExactly("script-it");

            assertThat(run("status").output())
                    .contains("prometheus running (pid " + pid + ") on http://127.0.0.1:" + port);
            assertThat(run("up").output()).contains("prometheus already running (pid " + pid + ")");

            Result down = run("down");

            assertThat(down.exitCode()).isZero();
            assertThat(down.output()).contains("prometheus stopped (pid " + pid + ")");
            assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive)).isNotEqualTo(Optional.of(true));
            assertThat(pidFile()).doesNotExist();
            assertThat(run("status").output()).contains("prometheus not running");
        }
    }

    @Test
    void upOnABusyPortFailsWithAClearMessageAndStartsNothing() throws Exception {
        prometheusBinary();
        try (ServerSocket busy = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            environment.put("PROM_PORT", Integer.toString(busy.getLocalPort()));

            Result up = run("up");

            assertThat(up.exitCode()).isEqualTo(1);
            assertThat(up.output()).contains("error: port " + busy.getLocalPort() + " on 127.0.0.1 is already in use");
            assertThat(pidFile()).doesNotExist();
        }
    }

    @Test
    void withoutThePrometheusBinaryUpSaysTheReportScrapesDirectlyAndSucceeds() throws Exception {
        environment.put("PROMETHEUS_BIN", state.resolve("no-such-prometheus").toString());

        Result up = run("up");

        assertThat(up.exitCode()).isZero();
        assertThat(up.output()).contains("prometheus not installed: the report will use direct /metrics scrapes");
        assertThat(pidFile()).doesNotExist();
    }

    @Test
    void theRuntimeConfigIsTheRepositoryConfigPointedAtBaseUrl() throws Exception {
        YAMLMapper yaml = new YAMLMapper();
        JsonNode template = yaml.readTree(Path.of("monitoring/prometheus.yml").toFile());
        environment.put("BASE_URL", "https://staging.example:8443/app/");

        Result config = run("config");

        assertThat(config.exitCode()).as(config.output()).isZero();
        JsonNode written = yaml.readTree(Path.of(config.output().strip()).toFile());
        JsonNode job = written.path("scrape_configs").path(0);
        assertThat(job.path("static_configs").path(0).path("targets"))
                .extracting(JsonNode::asText)
                .containsExactly("staging.example:8443");
        assertThat(job.path("scheme").asText()).isEqualTo("https");
        assertThat(job.path("metrics_path").asText()).isEqualTo("/app/metrics");
        assertThat(job.path("job_name").asText()).isEqualTo("socialapp");
        assertThat(written.path("global")).isEqualTo(template.path("global"));
        assertThat(written.path("rule_files")).isEqualTo(template.path("rule_files"));
        assertThat(state.resolve("prometheus/alerts.yml")).hasContent(RULES);
    }

    @Test
    void theDefaultBaseUrlBecomesTheIpv4LoopbackTargetAndABadOneIsRefused() throws Exception {
        Result config = run("config");

        assertThat(new YAMLMapper()
                        .readTree(Path.of(config.output().strip()).toFile())
                        .path("scrape_configs")
                        .path(0)
                        .path("static_configs")
                        .path(0)
                        .path("targets")
                        .path(0)
                        .asText())
                .isEqualTo("127.0.0.1:8375");

        environment.put("BASE_URL", "localhost:8375");
        Result bad = run("config");

        assertThat(bad.exitCode()).isEqualTo(1);
        assertThat(bad.output()).contains("BASE_URL must look like http(s)://host[:port][/path], got: localhost:8375");
    }
}
