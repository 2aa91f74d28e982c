package dev.stressgate.socialapp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stressgate.socialapp.ApiClient.Session;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Raw-socket clients the HTTP client libraries would not produce: one that hangs up mid-body (a client abort, not a
 * server error) and one that streams an oversized body with chunked transfer encoding (no Content-Length to refuse).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileClientIT {
    private static final int MAX_BYTES = 16 * 1024;
    private static final int SOCKET_TIMEOUT_MS = 15_000;

    private SocialApp app;
    private ApiClient api;
    private Session user;
    private URI base;

    @BeforeAll
    void start() {
        app = TestApps.start("hostile-client", config -> config.maxRequestBytes(MAX_BYTES));
        api = new ApiClient(app.baseUrl());
        user = api.signup();
        base = URI.create(app.baseUrl());
    }

    @AfterAll
    void stop() {
        app.close();
    }

    private Socket connect() throws IOException {
        Socket socket = new Socket(base.getHost(), base.getPort());
        socket.setSoTimeout(SOCKET_TIMEOUT_MS);
        return socket;
    }

    private String head(String requestId, String lengthHeader) {
        return "POST /api/posts HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort() + "\r\n"
                + "Authorization: Bearer " + user.token() + "\r\nContent-Type: application/json\r\n"
                + "X-Request-Id: " + requestId + "\r\n" + lengthHeader + "\r\n\r\n";
    }

    private Optional<JsonNode> requestLine(String requestId) throws InterruptedException {
        for (int attempt = 0; attempt < 100; attempt++) {
            Optional<JsonNode> line = LogFile.requests(app.logFile()).stream()
                    .filter(l -> requestId.equals(l.path("request_id").asText()))
                    .findFirst();
            if (line.isPresent()) {
                return line;
            }
            Thread.sleep(100);
        }
        return Optional.empty();
    }

    @Test
    void aClientThatHangsUpMidBodyIsAClientAbortNotAServerError() throws Exception {
        String serverErrors = "http_requests_total{method=\"POST\",route=\"/api/posts\",status=\"500\"}";
        double before = MetricsText.value(api.get("/metrics", null).body(), serverErrors);
        try (Socket socket = connect()) {
            OutputStream out = socket.getOutputStream();
            out.write((head("abort-1", "Content-Length: 4000") + "{\"title\":\"t\",\"content\":\"half")
                    .getBytes(StandardCharsets.UTF_8));
            out.flush();
            socket.setSoLinger(true, 0);
        }

        JsonNode line = requestLine("abort-1").orElseThrow(() -> new AssertionError("no request log line for abort-1"));

        assertThat(line.get("status").asInt()).isEqualTo(499);
        assertThat(line.get("level").asText()).isNotEqualTo("ERROR");
        String metrics = api.get("/metrics", null).body();
        assertThat(MetricsText.value(metrics, serverErrors)).isEqualTo(before);
        assertThat(MetricsText.value(
                        metrics, "http_requests_total{method=\"POST\",route=\"/api/posts\",status=\"499\"}"))
                .isEqualTo(1);
        assertThat(LogFile.text(app.logFile()))
                .contains("client aborted POST /api/posts")
                .doesNotContain("unhandled exception on POST /api/posts");
    }

    @Test
    void aChunkedBodyOverTheLimitIs413() throws Exception {
        String status;
        try (Socket socket = connect()) {
            OutputStream out = socket.getOutputStream();
            out.write(head("chunked-1", "Transfer-Encoding: chunked").getBytes(StandardCharsets.UTF_8));
            byte[] chunk = ("{\"title\":\"t\",\"content\":\"" + "x".repeat(8_000)).getBytes(StandardCharsets.UTF_8);
            try {
                for (int sent = 0; sent < 1 << 20; sent += chunk.length) {
                    out.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                    out.write(chunk);
                    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                }
                out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
            } catch (IOException closedByTheServer) {
                // the server answered 413 and closed before the megabyte was sent: what is read below
            }
            status = statusLine(socket.getInputStream());
        }

        assertThat(status).startsWith("HTTP/1.1 413");
        assertThat(requestLine("chunked-1"))
                .hasValueSatisfying(l -> assertThat(l.get("status").asInt()).isEqualTo(413));
        assertThat(api.get("/api/posts?limit=50", user.token()).body()).doesNotContain("x".repeat(8_000));
    }

    @Test
    void aSmallChunkedBodyIsStillAccepted() throws Exception {
        String status;
        try (Socket socket = connect()) {
            byte[] body = "{\"title\":\"chunked\",\"content\":\"small\"}".getBytes(StandardCharsets.UTF_8);
            OutputStream out = socket.getOutputStream();
            out.write(head("chunked-2", "Transfer-Encoding: chunked").getBytes(StandardCharsets.UTF_8));
            out.write((Integer.toHexString(body.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.write("\r\n0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            status = statusLine(socket.getInputStream());
        }
        assertThat(status).startsWith("HTTP/1.1 201");
    }

    private static String statusLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1 && b != '\n') {
            line.write(b);
        }
        return line.toString(StandardCharsets.US_ASCII).trim();
    }
}
