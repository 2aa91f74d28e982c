package dev.stressgate.report.ai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A local stand-in for Ollama's {@code POST /api/chat} on 127.0.0.1 and a random port, answering with the exact
 * shapes of Ollama's API (github.com/ollama/ollama docs/api.md, "Generate a chat completion"):
 * <pre>
 * request:  {"model":"llama3.2:3b","messages":[{"role":"system","content":"..."},{"role":"user","content":"..."}],
 *            "stream":false,"format":{JSON schema},"options":{"temperature":0.1}}
 * response (stream false, one object):
 *           {"model":"llama3.2:3b","created_at":"2024-12-06T00:46:58.265747Z",
 *            "message":{"role":"assistant","content":"{\"status\": ...}"},"done_reason":"stop","done":true,
 *            "total_duration":2254970291,"load_duration":574751416,"prompt_eval_count":34,
 *            "prompt_eval_duration":1502000000,"eval_count":12,"eval_duration":175000000}
 * error:    HTTP 404 {"error":"model 'x' not found"} (unknown model), or {"error":"..."} with another status
 * </pre>
 * With structured outputs ({@code format} = a schema), {@code message.content} is a string holding the JSON object.
 */
final class OllamaStub implements AutoCloseable {

    private final ObjectMapper json = new ObjectMapper();
    private final HttpServer server;
    private final List<JsonNode> requests = new CopyOnWriteArrayList<>();
    private final CountDownLatch release = new CountDownLatch(1);
    private volatile int status = 200;
    private volatile String body = "{}";
    private volatile boolean hold;

    OllamaStub() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/api/chat", exchange -> {
            try (exchange) {
                requests.add(json.readTree(exchange.getRequestBody()));
                if (hold) {
                    release.await(10, TimeUnit.SECONDS);
                }
                byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
                exchange.sendResponseHeaders(status, bytes.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        server.start();
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Answers like Ollama with {@code content} as the assistant message. */
    void answerContent(String content) {
        ObjectNode reply = json.createObjectNode();
        reply.put("model", "llama3.2:3b");
        reply.put("created_at", "2024-12-06T00:46:58.265747Z");
        reply.putObject("message").put("role", "assistant").put("content", content);
        reply.put("done_reason", "stop");
        reply.put("done", true);
        reply.put("total_duration", 2254970291L);
        reply.put("load_duration", 574751416L);
        reply.put("prompt_eval_count", 34);
        reply.put("prompt_eval_duration", 1502000000L);
        reply.put("eval_count", 12);
        reply.put("eval_duration", 175000000L);
        respond(200, reply.toString());
    }

    /** Answers with the model's JSON answer serialized into {@code message.content}. */
    void answer(Object answer) {
        try {
            answerContent(json.writeValueAsString(answer));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    void respond(int httpStatus, String responseBody) {
        this.status = httpStatus;
        this.body = responseBody;
    }

    /** Holds every answer until {@link #close()}, so a client with a short timeout gives up first. */
    void holdAnswers() {
        hold = true;
    }

    List<JsonNode> requests() {
        return requests;
    }

    @Override
    public void close() {
        release.countDown();
        server.stop(0);
    }
}
