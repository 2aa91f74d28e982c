package dev.stressgate.report.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import dev.stressgate.report.pipeline.RunDirFixture;
import dev.stressgate.run.http.MisbehavingServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded fuzzing of every input of {@code report} and {@code gate} through the CLI entry point: bit flips and
 * truncation of simulation.log; damaged profile.json, run.json, scrape.jsonl, the app log and ai-analysis.json; and
 * garbage or wrongly shaped answers from local Prometheus, Loki and Ollama stubs. For every case: exit code 0 or 2
 * (gate 0, 1 or 2, and never 0 after an unusable report or for this CRITICAL run), a message naming an input file
 * when 2, an end within the deadline, the artifact set either entirely new or entirely the previous one, no planted
 * secret in any artifact and no planted {@code <script} markup in report.html or index.html.
 *
 * <p>Two mutations point one of Prometheus, Loki and Ollama (drawn per case) at a server that sends headers and then
 * stalls the body, or sends an answer beyond the size cap (3 MiB, declared or chunked, against a cap of 1 MiB set
 * through {@code query.max.mib} for this class): the source must end up unavailable or degraded with that cause (the
 * deadline, the size) in metrics.json, logs.json or ai-analysis.json, and the report still exit 0. The sources' deadlines are 1 s here
 * ({@code PROM_TIMEOUT_SECONDS}, {@code LOKI_TIMEOUT_SECONDS}, {@code OLLAMA_TIMEOUT_SECONDS}), so a stalled case
 * costs about a second.
 *
 * <p>Cases: {@code -Dfuzz.cases} (default {@value #DEFAULT_CASES}), seed {@code -Dfuzz.seed}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportFuzzIT {
    static final int DEFAULT_CASES = 400;
    private static final long DEADLINE_SECONDS = 60;
    private static final String STALE = "STALE-SET-FROM-THE-PREVIOUS-REPORT";
    private static final List<String> ARTIFACTS = List.of(
            "summary.json",
            "metrics.json",
            "logs.json",
            "ai-analysis.json",
            "report.html",
            "report.md",
            "report.txt",
            "junit.xml");
    private static final List<String> INPUT_NAMES = List.of(
            "run.json",
            "profile.json",
            "simulation.log",
            "scrape.jsonl",
            "ai-analysis.json",
            "gatling",
            "run directory");
    /** Inputs the verdict does not depend on: damage there degrades a source, never the whole report. */
    private static final List<String> DEGRADABLE = List.of(
            "scrape.jsonl",
            "app log",
            "Prometheus answer",
            "Loki answer",
            "Ollama answer",
            "stalled body",
            "oversized answer");
    /** The sources' total deadline in this suite, short so that a stalled body costs little. */
    private static final String SOURCE_TIMEOUT_SECONDS = "1";
    /** The query size cap in this suite ({@code query.max.mib}) and the size of an oversized answer. */
    private static final String QUERY_MAX_MIB = "1";

    private static final int OVERSIZED_BYTES = 3 * 1024 * 1024;
    private static final String SECRET = "hunter2-FUZZ";
    private static final String SCRIPT = "<script>fuzz_xss()</script>";
    /** Secret forms planted in the app log and the stubs' answers, by name for the tally of leaks. */
    private static final Map<String, String> PLANTED = Map.of(
            "key=value", "password=" + SECRET + "-1",
            "bearer", "Authorization: Bearer " + SECRET + "-2",
            "basic", "Authorization: Basic " + SECRET + "-3",
            "json client_secret", "\\\"client_secret\\\":\\\"" + SECRET + "-4\\\"",
            "url-encoded token", "token%3D" + SECRET + "-5");

    private Path root;

    private final ObjectMapper json = new ObjectMapper();
    private final ExecutorService runner = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "fuzz-case");
        thread.setDaemon(true);
        return thread;
    });
    private RunDirFixture fixture;
    private Path template;
    private byte[] simulationLog;
    private Path simulationLogPath;
    private String appLog;
    private String scrapeJsonl;
    private HttpServer stub;
    private volatile byte[] stubAnswer = "{}".getBytes(StandardCharsets.UTF_8);
    private volatile int stubStatus = 200;
    private String closedUrl;
    private MisbehavingServer hostile;
    private volatile MisbehavingServer.Behaviour hostileBehaviour = MisbehavingServer.STALL_BODY;
    private String previousQueryCap;

    @BeforeAll
    void prepare(@TempDir Path tempDir) throws Exception {
        root = tempDir;
        fixture = RunDirFixture.create(root.resolve("template"));
        template = fixture.runDir;
        try (Stream<Path> files = Files.walk(template)) {
            simulationLogPath = template.relativize(
                    files.filter(f -> f.getFileName().toString().equals("simulation.log"))
                            .findFirst()
                            .orElseThrow());
        }
        simulationLog = Files.readAllBytes(template.resolve(simulationLogPath));
        long start = fixture.summary.startEpochMs();
        long end = fixture.summary.endEpochMs();
        appLog = appLog(start, end);
        scrapeJsonl = scrapes(start, end);
        stub = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        stub.createContext("/", exchange -> {
            try (exchange) {
                exchange.getRequestBody().readAllBytes();
                byte[] body = stubAnswer;
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(stubStatus, body.length == 0 ? -1 : body.length);
                if (body.length > 0) {
                    try (OutputStream out = exchange.getResponseBody()) {
                        out.write(body);
                    }
                }
            }
        });
        stub.start();
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedUrl = "http://127.0.0.1:" + socket.getLocalPort();
        }
        hostile = new MisbehavingServer((in, out) -> hostileBehaviour.answer(in, out));
        previousQueryCap = System.setProperty("query.max.mib", QUERY_MAX_MIB);
    }

    @AfterAll
    void stop() throws IOException {
        if (previousQueryCap == null) {
            System.clearProperty("query.max.mib");
        } else {
            System.setProperty("query.max.mib", previousQueryCap);
        }
        stub.stop(0);
        hostile.close();
        runner.shutdownNow();
    }

    private String appLog(long start, long end) {
        List<String> lines = new ArrayList<>();
        int i = 0;
        for (Map.Entry<String, String> secret : new TreeMap<>(PLANTED).entrySet()) {
            String at = Instant.ofEpochMilli(start + (end - start) * (++i) / (PLANTED.size() + 2))
                    .toString();
            lines.add("{\"@timestamp\":\"" + at + "\",\"level\":\"ERROR\",\"logger_name\":\"app\",\"message\":\"failed "
                    + secret.getValue() + " " + SCRIPT.replace("\"", "\\\"")
                    + "\",\"status\":500,\"route\":\"/api/posts\"}");
        }
        lines.add("level=error ts=" + Instant.ofEpochMilli(start + 100) + " msg=\"login " + PLANTED.get("key=value")
                + "\" caller=main.go:42");
        return String.join("\n", lines) + "\n";
    }

    private String scrapes(long start, long end) {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i <= 5; i++) {
            long ts = start + (end - start) * i / 5;
            String body = "# TYPE http_requests_total counter\n"
                    + "http_requests_total{method=\"GET\",route=\"/api/posts\",status=\"200\"} " + (i * 40) + "\n"
                    + "http_requests_total{method=\"POST\",route=\"" + SCRIPT.replace("\"", "\\\"")
                    + "\",status=\"500\"} " + i
                    + "\n# TYPE process_cpu_seconds_total counter\nprocess_cpu_seconds_total " + (0.5 * i) + "\n";
            ObjectNode line =
                    json.createObjectNode().put("ts_ms", ts).put("status", 200).put("body", body);
            lines.append(line).append('\n');
        }
        return lines.toString();
    }

    // ---- mutations ----------------------------------------------------------------------------------------------

    private record Mutation(String input, BiConsumer<Random, Case> apply) {}

    /**
     * A misbehaving answer and the words its source's health must give as the cause: {@code OutboundHttp}'s reason for
     * a missed deadline or a body beyond the cap.
     */
    private record Hostility(MisbehavingServer.Behaviour behaviour, String cause) {}

    private static final Hostility STALLED =
            new Hostility(MisbehavingServer.STALL_BODY, "no complete answer within " + SOURCE_TIMEOUT_SECONDS + " s");

    private static Hostility oversized(Random random) {
        return new Hostility(oversizedAnswer(random.nextBoolean()), "body larger than " + QUERY_MAX_MIB + " MiB");
    }

    /** {@code {"status":"success","data":{}}} padded with blanks to {@link #OVERSIZED_BYTES}. */
    private static final byte[] OVERSIZED_BODY = oversizedBody();

    private static byte[] oversizedBody() {
        byte[] body = new byte[OVERSIZED_BYTES];
        Arrays.fill(body, (byte) ' ');
        byte[] open = "{\"status\":\"success\",\"data\":".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(open, 0, body, 0, open.length);
        body[body.length - 3] = '{';
        body[body.length - 2] = '}';
        body[body.length - 1] = '}';
        return body;
    }

    /** A 200 JSON answer of {@link #OVERSIZED_BYTES}, with its length declared or sent chunked (length unknown). */
    private static MisbehavingServer.Behaviour oversizedAnswer(boolean chunked) {
        return (in, out) -> {
            byte[] body = OVERSIZED_BODY;
            String head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                    + (chunked ? "Transfer-Encoding: chunked" : "Content-Length: " + body.length) + "\r\n\r\n";
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            if (chunked) {
                int chunk = 64 * 1024;
                for (int at = 0; at < body.length; at += chunk) {
                    int length = Math.min(chunk, body.length - at);
                    out.write((Integer.toHexString(length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                    out.write(body, at, length);
                    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                }
                out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            } else {
                out.write(body);
            }
            out.flush();
            // Read on until the client hangs up: closing with its request body unread would reset the connection, and
            // the client would see a reset instead of an answer too large.
            while (in.read() >= 0) {
                // discard
            }
        };
    }

    /** One case's files and service addresses; mutations change them before the report runs. */
    private final class Case {
        final Path runDir;
        final Path appLogFile;
        String prometheus = closedUrl;
        String loki = closedUrl;
        String ollama = closedUrl;
        boolean ai;
        boolean mutateAnalysis;
        String stubBody;
        int status = 200;
        /** The misbehaving answer of this case's {@link #hostileSource}, or null. */
        Hostility hostility;

        String hostileSource;

        Case(Path runDir, Path appLogFile) {
            this.runDir = runDir;
            this.appLogFile = appLogFile;
        }
    }

    private static byte[] flipBits(Random random, byte[] bytes, int from) {
        byte[] copy = bytes.clone();
        int flips = 1 + random.nextInt(8);
        for (int i = 0; i < flips && copy.length > from; i++) {
            int at = from + random.nextInt(copy.length - from);
            copy[at] ^= (byte) (1 << random.nextInt(8));
        }
        return copy;
    }

    private static byte[] truncate(Random random, byte[] bytes) {
        return Arrays.copyOf(bytes, bytes.length == 0 ? 0 : random.nextInt(bytes.length));
    }

    private static final List<String> JSON_GARBAGE = List.of(
            "null",
            "{}",
            "[]",
            "\"\"",
            "0",
            "-1",
            "1e308",
            "true",
            "\"" + SCRIPT + "\"",
            "{\"a\":[1,{\"b\":null}]}",
            "9223372036854775807",
            "-9223372036854775808",
            "\"NaN\"",
            "\"CRITICAL\"",
            "[null]",
            "\"" + "\\u0000\\u0007" + "\"");

    private void mutateJson(Random random, Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            switch (random.nextInt(4)) {
                case 0 -> Files.write(file, flipBits(random, bytes, 0));
                case 1 -> Files.write(file, truncate(random, bytes));
                default -> {
                    ObjectNode node = (ObjectNode) json.readTree(bytes);
                    List<String> fields = new ArrayList<>();
                    node.fieldNames().forEachRemaining(fields::add);
                    String field = fields.get(random.nextInt(fields.size()));
                    if (random.nextBoolean()) {
                        node.remove(field);
                    } else {
                        node.set(field, json.readTree(JSON_GARBAGE.get(random.nextInt(JSON_GARBAGE.size()))));
                    }
                    Files.writeString(file, node.toString());
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final List<String> PROMETHEUS_ANSWERS = List.of(
            "",
            "null",
            "{}",
            "[]",
            "<html>" + SCRIPT + "</html>",
            "{\"status\":\"success\"}",
            "{\"status\":\"success\",\"data\":null}",
            "{\"status\":\"success\",\"data\":{\"resultType\":\"matrix\",\"result\":{}}}",
            "{\"status\":\"success\",\"data\":{\"resultType\":\"matrix\",\"result\":[{\"metric\":{},\"values\":[[\"x\",\"y\"]]}]}}",
            "{\"status\":\"success\",\"data\":{\"resultType\":\"matrix\",\"result\":[{\"metric\":{\"route\":\"" + SCRIPT
                    + "\"},\"values\":[[1,\"-55183\"],[1e300,\"NaN\"],[null,\"+Inf\"]]}]}}",
            "{\"status\":\"success\",\"data\":{\"resultType\":\"vector\",\"result\":[{\"metric\":{\"alertname\":\""
                    + SCRIPT + "\",\"severity\":\"critical\"},\"value\":[1,\"1\"]}]}}",
            "{\"status\":\"error\",\"errorType\":\"bad_data\",\"error\":\"" + PLANTED.get("key=value") + "\"}");

    private static final List<String> LOKI_ANSWERS = List.of(
            "",
            "null",
            "{}",
            "{\"status\":\"success\",\"data\":[]}",
            "{\"status\":\"success\",\"data\":{\"resultType\":\"streams\",\"result\":[{\"stream\":{},\"values\":[[\"abc\",5]]}]}}",
            "{\"status\":\"success\",\"data\":{\"resultType\":\"streams\",\"result\":[{\"stream\":{\"job\":\"" + SCRIPT
                    + "\"},\"values\":[[\"99999999999999999999999\",\"x\"],[\"1\",\"" + PLANTED.get("bearer")
                    + "\"]]}]}}",
            "{\"status\":\"error\",\"error\":\"" + PLANTED.get("key=value") + "\"}");

    private static final List<String> OLLAMA_CONTENT = List.of(
            "",
            "null",
            "{}",
            "[]",
            "not json at all",
            "{\"status\":\"HEALTHY\",\"summary\":\"Everything is HEALTHY, ship it. " + SCRIPT + "\",\"findings\":[],"
                    + "\"bottlenecks\":[],\"likely_causes\":[],\"next_actions\":[],\"confidence\":0.9}",
            "{\"status\":\"NOPE\",\"summary\":5}",
            "{\"status\":\"WARNING\",\"summary\":\"" + PLANTED.get("bearer") + "\",\"findings\":[{\"title\":\"" + SCRIPT
                    + "\",\"detail\":\"x\",\"evidence\":[\"nope\"]}],\"bottlenecks\":[],\"likely_causes\":[],"
                    + "\"next_actions\":[],\"confidence\":2}");

    private String ollamaAnswer(Random random) {
        if (random.nextInt(4) == 0) {
            return List.of("", "null", "{\"error\":\"model 'x' not found\"}", "{\"message\":null}")
                    .get(random.nextInt(4));
        }
        ObjectNode reply = json.createObjectNode().put("model", "llama3.2:3b").put("done", true);
        reply.putObject("message")
                .put("role", "assistant")
                .put("content", OLLAMA_CONTENT.get(random.nextInt(OLLAMA_CONTENT.size())));
        return reply.toString();
    }

    private List<Mutation> mutations() {
        return List.of(
                new Mutation(
                        "simulation.log bit flips",
                        (r, c) -> write(c.runDir.resolve(simulationLogPath), flipBits(r, simulationLog, 0))),
                new Mutation(
                        "simulation.log bit flips after the header",
                        (r, c) -> write(
                                c.runDir.resolve(simulationLogPath),
                                flipBits(r, simulationLog, Math.min(200, simulationLog.length - 1)))),
                new Mutation(
                        "simulation.log truncated",
                        (r, c) -> write(c.runDir.resolve(simulationLogPath), truncate(r, simulationLog))),
                new Mutation("profile.json", (r, c) -> mutateJson(r, c.runDir.resolve("profile.json"))),
                new Mutation("run.json", (r, c) -> mutateJson(r, c.runDir.resolve("run.json"))),
                new Mutation("scrape.jsonl", (r, c) -> {
                    byte[] bytes = scrapeJsonl.getBytes(StandardCharsets.UTF_8);
                    byte[] mutated = switch (r.nextInt(3)) {
                        case 0 -> flipBits(r, bytes, 0);
                        case 1 -> truncate(r, bytes);
                        default ->
                            scrapeJsonl
                                    .replace(
                                            " " + (40 * (1 + r.nextInt(4))) + "\n",
                                            " "
                                                    + List.of("-55183", "1e300", "NaN", "+Inf", "0")
                                                            .get(r.nextInt(5)) + "\n")
                                    .getBytes(StandardCharsets.UTF_8);
                    };
                    write(c.runDir.resolve("scrape.jsonl"), mutated);
                }),
                new Mutation("app log", (r, c) -> {
                    byte[] bytes = appLog.getBytes(StandardCharsets.UTF_8);
                    write(c.appLogFile, r.nextBoolean() ? flipBits(r, bytes, 0) : truncate(r, bytes));
                }),
                new Mutation("ai-analysis.json (gate)", (r, c) -> c.mutateAnalysis = true),
                new Mutation("Prometheus answer", (r, c) -> {
                    c.prometheus = stubUrl();
                    c.stubBody = PROMETHEUS_ANSWERS.get(r.nextInt(PROMETHEUS_ANSWERS.size()));
                    c.status = r.nextInt(5) == 0 ? 500 : 200;
                }),
                new Mutation("Loki answer", (r, c) -> {
                    c.loki = stubUrl();
                    c.stubBody = LOKI_ANSWERS.get(r.nextInt(LOKI_ANSWERS.size()));
                    c.status = r.nextInt(5) == 0 ? 400 : 200;
                }),
                new Mutation("Ollama answer", (r, c) -> {
                    c.ollama = stubUrl();
                    c.ai = true;
                    c.stubBody = ollamaAnswer(r);
                }),
                new Mutation("stalled body", (r, c) -> hostile(r, c, STALLED)),
                new Mutation("oversized answer", (r, c) -> hostile(r, c, oversized(r))));
    }

    /** Points one source, drawn at random, at the misbehaving server. */
    private void hostile(Random random, Case c, Hostility hostility) {
        String source = List.of("prometheus", "loki", "ollama").get(random.nextInt(3));
        String url = "http://127.0.0.1:" + hostile.uri("/").getPort();
        switch (source) {
            case "prometheus" -> c.prometheus = url;
            case "loki" -> c.loki = url;
            default -> {
                c.ollama = url;
                c.ai = true;
            }
        }
        c.hostileSource = source;
        c.hostility = hostility;
    }

    private String stubUrl() {
        return "http://127.0.0.1:" + stub.getAddress().getPort();
    }

    private static void write(Path file, byte[] bytes) {
        try {
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- the run ------------------------------------------------------------------------------------------------

    private record Outcome(int report, int gate, String err) {}

    @Test
    void everyDamagedInputEndsInAPassOrFailOrUnusableWithoutHangLeakOrMixedArtifacts() throws Exception {
        int cases = Integer.getInteger("fuzz.cases", DEFAULT_CASES);
        long seed = Long.getLong("fuzz.seed", 20261128L);
        Random random = new Random(seed);
        List<Mutation> mutations = mutations();
        Map<String, int[]> tally = new TreeMap<>();
        Map<String, Integer> leaks = new TreeMap<>();
        List<String> violations = new ArrayList<>();
        long started = System.nanoTime();
        for (int n = 0; n < cases; n++) {
            Mutation mutation = mutations.get(n % mutations.size());
            Case c = newCase(n);
            mutation.apply().accept(random, c);
            String label = "case " + n + " (" + mutation.input() + ", seed " + seed + ")";
            Outcome outcome;
            try {
                outcome = runner.submit(() -> run(c)).get(DEADLINE_SECONDS, TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                violations.add(label + ": no end within " + DEADLINE_SECONDS + " s");
                break;
            }
            String tallied =
                    c.hostileSource == null ? mutation.input() : mutation.input() + " (" + c.hostileSource + ")";
            int[] counts = tally.computeIfAbsent(tallied, k -> new int[4]);
            counts[outcome.report()]++;
            counts[3] += outcome.gate() == 1 ? 1 : 0;
            if (DEGRADABLE.contains(mutation.input()) && outcome.report() != 0) {
                violations.add(
                        label + ": a damaged source that only degrades the report made it unusable: " + outcome.err());
            }
            check(label, c, outcome, violations, leaks);
            if (c.hostility != null && outcome.report() == 0) {
                checkHostileCause(label, c, violations);
            }
        }
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;
        StringBuilder summary = new StringBuilder("ReportFuzzIT: " + cases + " cases, seed " + seed + ", " + seconds
                + " s\n    input: report exit 0 / 2, gate failed (1)\n");
        tally.forEach((input, c) -> summary.append("    ")
                .append(input)
                .append(": ")
                .append(c[0])
                .append(" / ")
                .append(c[2])
                .append(", ")
                .append(c[3])
                .append('\n'));
        leaks.forEach((form, count) -> summary.append("    LEAK of planted secret form '")
                .append(form)
                .append("' in ")
                .append(count)
                .append(" case(s)\n"));
        List<String> others = violations.stream()
                .filter(v -> !v.contains(": planted secret "))
                .toList();
        summary.append("    violations other than leaks: ")
                .append(others.size())
                .append('\n');
        others.stream()
                .limit(20)
                .forEach(v -> summary.append("      ").append(v).append('\n'));
        System.out.println(summary);
        assertThat(violations).as(summary.toString()).isEmpty();
    }

    private Case newCase(int n) throws IOException {
        Path caseRoot = Files.createDirectories(root.resolve("case-" + n));
        Path runDir = caseRoot.resolve("stress-runs").resolve(template.getFileName());
        try (Stream<Path> files = Files.walk(template)) {
            for (Path source : files.toList()) {
                Path target = runDir.resolve(template.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else if (!ARTIFACTS.contains(source.getFileName().toString())) {
                    Files.copy(source, target);
                }
            }
        }
        Files.writeString(runDir.resolve("scrape.jsonl"), scrapeJsonl);
        for (String artifact : ARTIFACTS) {
            Files.writeString(runDir.resolve(artifact), STALE);
        }
        Path log = caseRoot.resolve("app.log");
        Files.writeString(log, appLog);
        return new Case(runDir, log);
    }

    private Outcome run(Case c) throws IOException {
        stubAnswer = c.stubBody == null ? new byte[0] : c.stubBody.getBytes(StandardCharsets.UTF_8);
        stubStatus = c.status;
        if (c.hostility != null) {
            hostileBehaviour = c.hostility.behaviour();
        }
        Map<String, String> env = new HashMap<>(Map.of(
                "ARTIFACT_DIR",
                c.runDir.getParent().toString(),
                "PROM_URL",
                c.prometheus,
                "LOKI_URL",
                c.loki,
                "OLLAMA_URL",
                c.ollama,
                "APP_LOG_FILE",
                c.appLogFile.toString(),
                "PROM_TIMEOUT_SECONDS",
                SOURCE_TIMEOUT_SECONDS,
                "LOKI_TIMEOUT_SECONDS",
                SOURCE_TIMEOUT_SECONDS,
                "OLLAMA_TIMEOUT_SECONDS",
                SOURCE_TIMEOUT_SECONDS));
        StringWriter err = new StringWriter();
        StringWriter out = new StringWriter();
        List<String> args = new ArrayList<>(List.of("report", "--run-dir", c.runDir.toString()));
        if (!c.ai) {
            args.add("--no-ai");
        }
        int report = StressgateCli.execute(
                args.toArray(String[]::new), env, new PrintWriter(out, true), new PrintWriter(err, true));
        if (c.mutateAnalysis && report == 0) {
            mutateJson(new Random(c.runDir.toString().hashCode()), c.runDir.resolve("ai-analysis.json"));
        }
        int gate = StressgateCli.execute(
                new String[] {"gate", "--run-dir", c.runDir.toString()},
                env,
                new PrintWriter(out, true),
                new PrintWriter(err, true));
        return new Outcome(report, gate, err.toString());
    }

    /**
     * A misbehaving source must show in its artifact as not used, with the cause: Prometheus in metrics.json and Loki
     * in logs.json as unavailable or degraded, Ollama in ai-analysis.json with the outcome timeout or garbled.
     */
    private void checkHostileCause(String label, Case c, List<String> violations) throws IOException {
        String cause = c.hostility.cause();
        String recorded;
        if (c.hostileSource.equals("ollama")) {
            JsonNode model =
                    json.readTree(c.runDir.resolve("ai-analysis.json").toFile()).path("model");
            boolean failed =
                    List.of("timeout", "garbled").contains(model.path("outcome").asText());
            recorded = failed ? model.path("reason").asText() : "";
            if (!failed || !recorded.contains(cause)) {
                violations.add(label + ": ai-analysis.json does not record the model as failed with '" + cause + "': "
                        + model);
            }
            return;
        }
        String artifact = c.hostileSource.equals("prometheus") ? "metrics.json" : "logs.json";
        JsonNode health = null;
        for (JsonNode source :
                json.readTree(c.runDir.resolve(artifact).toFile()).path("sources")) {
            if (source.path("name").asText().equals(c.hostileSource)) {
                health = source;
            }
        }
        boolean notUsed = health != null
                && List.of("unavailable", "degraded")
                        .contains(health.path("status").asText());
        if (!notUsed || !health.path("reason").asText().contains(cause)) {
            violations.add(label + ": " + artifact + " does not record " + c.hostileSource
                    + " as unavailable or degraded" + " with '" + cause + "': " + health);
        }
    }

    /** The word that marks each planted form as a secret; a bit flip inside it leaves nothing to recognise. */
    private static final Map<String, String> MARKERS = Map.of(
            "key=value",
            "password",
            "bearer",
            "Authorization",
            "basic",
            "Authorization",
            "json client_secret",
            "client_secret",
            "url-encoded token",
            "token%3D");

    /**
     * Whether an artifact shows the form's secret value with its marker intact in the 60 characters before it. A value
     * whose marker the fuzzer damaged ("p!ssword=", "Authmrization:") is no longer a planted secret, so not a leak.
     */
    private static boolean leaksMarked(String text, String form) {
        String value = PLANTED.get(form).replaceAll(".*(" + SECRET + "-\\d).*", "$1");
        for (int at = text.indexOf(value); at >= 0; at = text.indexOf(value, at + 1)) {
            if (text.substring(Math.max(0, at - 60), at).contains(MARKERS.get(form))) {
                return true;
            }
        }
        return false;
    }

    /** The text around the first leaked secret, to show which shape escaped the redactor. */
    private static String leakedContext(String text) {
        int at = text.indexOf(SECRET);
        return ": ..."
                + text.substring(Math.max(0, at - 80), Math.min(text.length(), at + 20))
                        .replace("\n", "\\n") + "...";
    }

    private void check(String label, Case c, Outcome outcome, List<String> violations, Map<String, Integer> leaks)
            throws IOException {
        if (outcome.report() != 0 && outcome.report() != 2) {
            violations.add(label + ": report exit " + outcome.report() + ": " + outcome.err());
        }
        if (outcome.report() == 2 && INPUT_NAMES.stream().noneMatch(outcome.err()::contains)) {
            violations.add(label + ": exit 2 without naming the file: " + outcome.err());
        }
        if (outcome.err().contains("Exception") || outcome.err().contains("\tat ")) {
            violations.add(label + ": exception text in the message: " + outcome.err());
        }
        if (outcome.gate() == 0) {
            violations.add(label + ": the gate passed a CRITICAL run (report exit " + outcome.report() + ")");
        }
        if (outcome.report() == 2 && outcome.gate() != 2) {
            violations.add(label + ": gate exit " + outcome.gate() + " after an unusable report");
        }
        List<String> stale = new ArrayList<>();
        for (String artifact : ARTIFACTS) {
            Path file = c.runDir.resolve(artifact);
            if (Files.exists(file)
                    && Files.readString(file, StandardCharsets.ISO_8859_1).equals(STALE)) {
                stale.add(artifact);
            }
        }
        boolean wholeOld = stale.size() == ARTIFACTS.size();
        boolean wholeNew =
                stale.isEmpty() && ARTIFACTS.stream().allMatch(a -> Files.isRegularFile(c.runDir.resolve(a)));
        if (outcome.report() == 0 ? !wholeNew : !wholeOld) {
            violations.add(label + ": mixed artifact set after exit " + outcome.report() + ", stale: " + stale);
        }
        try (Stream<Path> children = Files.list(c.runDir)) {
            if (children.anyMatch(p -> p.getFileName().toString().startsWith(".report-staging-"))) {
                violations.add(label + ": staging directory left behind");
            }
        }
        java.util.Set<String> leakedForms = new java.util.TreeSet<>();
        List<Path> written =
                new ArrayList<>(ARTIFACTS.stream().map(c.runDir::resolve).toList());
        written.add(c.runDir.getParent().resolve("index.html"));
        for (Path file : written) {
            if (!Files.isRegularFile(file)) {
                continue;
            }
            String text = Files.readString(file, StandardCharsets.ISO_8859_1);
            if (text.contains(SECRET)) {
                List<String> forms = PLANTED.keySet().stream()
                        .filter(form -> leaksMarked(text, form))
                        .sorted()
                        .toList();
                if (!forms.isEmpty()) {
                    leakedForms.addAll(forms);
                    violations.add(
                            label + ": planted secret " + forms + " in " + file.getFileName() + leakedContext(text));
                }
            }
            if (file.getFileName().toString().endsWith(".html") && text.contains("<script>fuzz_xss")) {
                violations.add(label + ": unescaped planted <script in " + file.getFileName());
            }
        }
        leakedForms.forEach(form -> leaks.merge(form, 1, Integer::sum));
    }
}
