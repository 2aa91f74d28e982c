package dev.stressgate.report.diagnosis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The targets of the matrix, each started as its own process on 127.0.0.1 with a fresh log file: the reference app
 * (a JVM: client_java metrics, logstash JSON logs), a Node.js-style fake (pino logs, prom-client metrics, 404 on
 * {@code Upgrade: h2c}), a Go-style fake in Python (zap logs, go_* series, other buckets and label names) and the
 * same fake as a threaded Python service (python-json-logger lines, prometheus_client's python_* series and
 * {@code _created} samples, request CPU that holds the GIL).
 */
public enum MatrixTarget {
    REFERENCE("reference"),
    NODE_STYLE("node-style"),
    GO_STYLE("go-style"),
    PYTHON_STYLE("python-style");

    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
    private static final String GO_STYLE_SERVER = "src/test/fakes/go-style/server.py";
    private static final Pattern LISTENING = Pattern.compile("listening on (http://127\\.0\\.0\\.1:\\d+)");

    private final String id;

    MatrixTarget(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static MatrixTarget byId(String id) {
        for (MatrixTarget target : values()) {
            if (target.id.equals(id)) {
                return target;
            }
        }
        throw new IllegalArgumentException("unknown target '" + id + "'; known: "
                + Arrays.stream(values()).map(MatrixTarget::id).toList());
    }

    /** A started target: its base URL and log file; closing stops the process (and waits for it). */
    public record Running(MatrixTarget target, Process process, URI baseUrl, Path logFile) implements AutoCloseable {
        @Override
        public void close() {
            process.destroy();
            try {
                if (!process.waitFor(10, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Starts the target with its log at {@code logFile} and waits until it answers. */
    public Running start(Path logFile) throws IOException {
        Files.createDirectories(logFile.toAbsolutePath().getParent());
        Path output = logFile.resolveSibling(logFile.getFileName() + ".out");
        return this == REFERENCE ? startReference(logFile, output) : startFake(logFile, output);
    }

    private Running startFake(Path logFile, Path output) throws IOException {
        List<String> command = switch (this) {
            case NODE_STYLE -> List.of("node", "src/test/fakes/node-style/server.js", "--log", logFile.toString());
            case GO_STYLE -> List.of("python3", GO_STYLE_SERVER, "--log", logFile.toString());
            case PYTHON_STYLE ->
                List.of("python3", GO_STYLE_SERVER, "--log", logFile.toString(), "--flavour", "python");
            case REFERENCE -> throw new IllegalStateException("the reference app runs in-process, not as a fake");
        };
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        CompletableFuture<String> url = CompletableFuture.supplyAsync(() -> firstUrl(process, output));
        try {
            return new Running(
                    this, process, URI.create(url.get(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS)), logFile);
        } catch (ExecutionException | TimeoutException e) {
            process.destroyForcibly();
            throw new IOException(
                    id + " target did not print 'listening on http://127.0.0.1:<port>' within "
                            + START_TIMEOUT.toSeconds() + " s (" + String.join(" ", command) + "; output in " + output
                            + ")",
                    e);
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while starting " + id, e);
        }
    }

    /** Reads the fake's output until its "listening on" line, then keeps copying the rest to {@code output}. */
    private static String firstUrl(Process process, Path output) {
        BufferedReader reader =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        try {
            String line;
            while ((line = reader.readLine()) != null) {
                Files.writeString(
                        output,
                        line + System.lineSeparator(),
                        StandardCharsets.UTF_8,
                        java.nio.file.StandardOpenOption.CREATE,
                        java.nio.file.StandardOpenOption.APPEND);
                Matcher matcher = LISTENING.matcher(line);
                if (matcher.find()) {
                    Thread drain = new Thread(() -> reader.lines().forEach(rest -> {}), "target-output");
                    drain.setDaemon(true);
                    drain.start();
                    return matcher.group(1);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new IllegalStateException("the process ended before it listened");
    }

    private Running startReference(Path logFile, Path output) throws IOException {
        int port = freePort();
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder = new ProcessBuilder(
                        java, "-cp", System.getProperty("java.class.path"), "dev.stressgate.socialapp.SocialAppMain")
                .redirectErrorStream(true)
                .redirectOutput(output.toFile());
        builder.environment()
                .putAll(Map.of(
                        "APP_HOST",
                        "127.0.0.1",
                        "APP_PORT",
                        Integer.toString(port),
                        "APP_LOG_FILE",
                        logFile.toString(),
                        "APP_LOG_CONSOLE",
                        "false",
                        "APP_PASSWORD_ITERATIONS",
                        "1000"));
        Process process = builder.start();
        URI base = URI.create("http://127.0.0.1:" + port);
        HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2))
                .build();
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline) && process.isAlive()) {
            try {
                HttpResponse<Void> ready = client.send(
                        HttpRequest.newBuilder(base.resolve("/health/ready"))
                                .timeout(Duration.ofSeconds(2))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (ready.statusCode() == 200) {
                    return new Running(this, process, base, logFile);
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while starting the reference app", e);
            }
            sleep();
        }
        process.destroyForcibly();
        throw new IOException("the reference app did not answer " + base + "/health/ready within "
                + START_TIMEOUT.toSeconds() + " s (output in " + output + ")");
    }

    private static void sleep() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
