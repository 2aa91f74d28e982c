package dev.stressgate.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stressgate.report.gatling.RequestStats;
import dev.stressgate.report.gatling.RunSummary;
import dev.stressgate.report.gatling.SimulationLogSummarizer;
import dev.stressgate.simulations.GatlingLauncher;
import dev.stressgate.simulations.SocialMixedSimulation;
import dev.stressgate.socialapp.SocialApp;
import dev.stressgate.socialapp.config.SocialAppConfig;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A ten-second run of the mixed simulation against the reference app with the injector's /metrics on a free
 * loopback port, scraped while the run goes on: the response counters grow between scrapes, the final exposition
 * (live-metrics.prom) counts per request name exactly what the report's reader counts in simulation.log, and the
 * endpoint is gone once the run has ended.
 */
class LiveEndpointIT {
    private static final Pattern HISTOGRAM_COUNT =
            Pattern.compile("^" + ClientMetrics.RESPONSE_TIME + "_count\\{(.*)} (\\S+)$", Pattern.MULTILINE);
    private static final Pattern REQUEST_LABEL = Pattern.compile("request=\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern RESPONSES_TOTAL =
            Pattern.compile("^" + ClientMetrics.RESPONSES + "_total\\{.*} (\\S+)$", Pattern.MULTILINE);

    @TempDir
    Path artifacts;

    @Test
    void endpointServesGrowingCountersDuringTheRunMatchesTheReportAndStopsAfter() throws Exception {
        int port = freePort();
        URI metrics = URI.create("http://127.0.0.1:" + port + "/metrics");
        SocialAppConfig config = SocialAppConfig.defaults()
                .withPort(0)
                .withLogToConsole(false)
                .withLogFile(artifacts.resolve("socialapp.log"))
                .withPasswordIterations(1_000);
        List<Double> totals = new ArrayList<>();
        GatlingLauncher.Outcome outcome;
        try (SocialApp app = SocialApp.start(config)) {
            CompletableFuture<GatlingLauncher.Outcome> run = CompletableFuture.supplyAsync(() -> GatlingLauncher.run(
                    SocialMixedSimulation.class,
                    Map.of(
                            "profile",
                                    Path.of("src/test/resources/profiles/live-short.json")
                                            .toString(),
                            "run.name", "live-short",
                            "base.url", app.baseUrl(),
                            "artifact.dir", artifacts.toString(),
                            "injector.metrics.port", String.valueOf(port))));
            long deadline = System.nanoTime() + Duration.ofSeconds(40).toNanos();
            while (!run.isDone() && System.nanoTime() < deadline && totals.size() < 3) {
                scrape(metrics)
                        .map(LiveEndpointIT::responsesTotal)
                        .filter(total -> total > 0)
                        .filter(total -> totals.isEmpty() || total > totals.get(totals.size() - 1))
                        .ifPresent(totals::add);
                Thread.sleep(1_000);
            }
            outcome = run.get();
        }

        assertThat(totals)
                .as("response totals seen growing on %s during the run", metrics)
                .hasSizeGreaterThan(1);
        assertThatThrownBy(() -> get(metrics))
                .as("the endpoint is gone after the run")
                .isInstanceOf(ConnectException.class);

        Path runDir = outcome.runDir();
        String finalExposition = Files.readString(runDir.resolve(LiveRun.SNAPSHOT_FILE));
        RunSummary summary = new SimulationLogSummarizer().summarize(simulationLog(runDir));
        Map<String, Long> reported = summary.requests().stream()
                .collect(Collectors.groupingBy(
                        RequestStats::name,
                        TreeMap::new,
                        Collectors.summingLong(r -> r.stats().ok() + r.stats().ko())));
        assertThat(reported).isNotEmpty();
        assertThat(histogramCountsByRequest(finalExposition))
                .as("histogram counts per request name in %s", LiveRun.SNAPSHOT_FILE)
                .isEqualTo(reported);
        assertThat(finalExposition).contains("run_id=\"" + runDir.getFileName() + "\"", "profile=\"live-short\"");
    }

    private static Map<String, Long> histogramCountsByRequest(String exposition) {
        Map<String, Long> counts = new TreeMap<>();
        Matcher line = HISTOGRAM_COUNT.matcher(exposition);
        while (line.find()) {
            Matcher request = REQUEST_LABEL.matcher(line.group(1));
            assertThat(request.find()).as("request label in %s", line.group()).isTrue();
            counts.merge(request.group(1), (long) Double.parseDouble(line.group(2)), Long::sum);
        }
        return counts;
    }

    private static double responsesTotal(String exposition) {
        double total = 0;
        Matcher line = RESPONSES_TOTAL.matcher(exposition);
        while (line.find()) {
            total += Double.parseDouble(line.group(1));
        }
        return total;
    }

    private static java.util.Optional<String> scrape(URI metrics) {
        try {
            HttpResponse<String> response = get(metrics);
            return response.statusCode() == 200 ? java.util.Optional.of(response.body()) : java.util.Optional.empty();
        } catch (IOException e) {
            return java.util.Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return java.util.Optional.empty();
        }
    }

    private static HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2))
                .build()
                .send(
                        HttpRequest.newBuilder(uri)
                                .timeout(Duration.ofSeconds(5))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static Path simulationLog(Path runDir) throws IOException {
        try (Stream<Path> files = Files.walk(runDir.resolve("gatling"))) {
            return files.filter(file -> file.getFileName().toString().equals("simulation.log"))
                    .findFirst()
                    .orElseThrow();
        }
    }
}
