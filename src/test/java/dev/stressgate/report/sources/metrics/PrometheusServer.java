package dev.stressgate.report.sources.metrics;

import dev.stressgate.report.sources.testing.ExternalTool;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A real prometheus process for integration tests: loopback listen address on a free port, temporary storage,
 * a generated config that scrapes one loopback target every second as job "socialapp" and evaluates a rule file.
 */
public final class PrometheusServer implements AutoCloseable {

    private final Process process;
    private final URI url;
    private final Path logFile;

    private PrometheusServer(Process process, URI url, Path logFile) {
        this.process = process;
        this.url = url;
        this.logFile = logFile;
    }

    public static Optional<Path> binary() {
        return ExternalTool.onPath("prometheus");
    }

    public static PrometheusServer start(Path binary, Path workDir, String targetHostPort, String rules)
            throws IOException {
        return start(binary, workDir, java.util.Map.of("socialapp", targetHostPort), rules);
    }

    /** As {@link #start(Path, Path, String, String)}, scraping one loopback target per job name. */
    public static PrometheusServer start(
            Path binary, Path workDir, java.util.Map<String, String> targetsByJob, String rules) throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Files.writeString(workDir.resolve("rules.yml"), rules);
        Path config = Files.writeString(workDir.resolve("prometheus.yml"), """
                global:
                  scrape_interval: 1s
                  evaluation_interval: 1s
                rule_files: [rules.yml]
                scrape_configs:
                """ + scrapeConfigs(targetsByJob));
        Path logFile = workDir.resolve("prometheus.log");
        Process process = new ProcessBuilder(
                        binary.toString(),
                        "--config.file=" + config,
                        "--storage.tsdb.path=" + workDir.resolve("data"),
                        "--web.listen-address=127.0.0.1:" + port)
                .redirectErrorStream(true)
                .redirectOutput(logFile.toFile())
                .start();
        return new PrometheusServer(process, URI.create("http://127.0.0.1:" + port), logFile);
    }

    private static String scrapeConfigs(java.util.Map<String, String> targetsByJob) {
        StringBuilder yaml = new StringBuilder();
        new java.util.TreeMap<>(targetsByJob)
                .forEach((job, target) -> yaml.append("  - job_name: ")
                        .append(job)
                        .append("\n    static_configs:\n      - targets: [\"")
                        .append(target)
                        .append("\"]\n"));
        return yaml.toString();
    }

    public URI url() {
        return url;
    }

    /** One GET of a path on the server's HTTP API, e.g. /api/v1/query?query=up. */
    public HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(url + pathAndQuery))
                                .timeout(Duration.ofSeconds(10))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    /** Polls an instant query until its JSON answer satisfies the condition; fails with the log after the deadline. */
    public void awaitQuery(String promql, Predicate<String> condition, Duration deadline) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        URI query = URI.create(url + "/api/v1/query?query=" + java.net.URLEncoder.encode(promql, "UTF-8"));
        long until = System.nanoTime() + deadline.toNanos();
        String last = "(no answer)";
        while (System.nanoTime() < until) {
            if (!process.isAlive()) {
                throw new IllegalStateException("prometheus exited: " + Files.readString(logFile));
            }
            try {
                last = http.send(
                                HttpRequest.newBuilder(query)
                                        .timeout(Duration.ofSeconds(2))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString())
                        .body();
                if (condition.test(last)) {
                    return;
                }
            } catch (IOException notYetListening) {
                last = notYetListening.toString();
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("prometheus never satisfied '" + promql + "'; last answer: " + last + "\nlog:\n"
                + Files.readString(logFile));
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }
}
