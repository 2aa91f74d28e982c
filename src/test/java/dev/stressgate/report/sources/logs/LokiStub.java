package dev.stressgate.report.sources.logs;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/** A loopback HTTP server standing in for Loki's {@code /loki/api/v1/query_range}; records every request. */
final class LokiStub implements AutoCloseable {

    record Answer(int status, String contentType, String body, long delayMs) {

        static Answer json(String body) {
            return new Answer(200, "application/json; charset=UTF-8", body, 0);
        }

        /** How Loki's Go handlers answer errors: http.Error, plain text with a trailing newline. */
        static Answer plainTextError(int status, String message) {
            return new Answer(status, "text/plain; charset=utf-8", message + "\n", 0);
        }
    }

    private final HttpServer server;
    private final List<Map<String, String>> requests = new CopyOnWriteArrayList<>();

    LokiStub(Function<Map<String, String>, Answer> answers) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/loki/api/v1/query_range", exchange -> {
            Map<String, String> parameters = parameters(exchange);
            requests.add(parameters);
            Answer answer = answers.apply(parameters);
            try {
                Thread.sleep(answer.delayMs());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", answer.contentType());
            try {
                exchange.sendResponseHeaders(answer.status(), body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            } catch (IOException clientGaveUp) {
                exchange.close();
            }
        });
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    List<Map<String, String>> requests() {
        return requests;
    }

    private static Map<String, String> parameters(HttpExchange exchange) {
        Map<String, String> parameters = new HashMap<>();
        String raw = exchange.getRequestURI().getRawQuery();
        for (String pair : raw == null ? new String[0] : raw.split("&")) {
            int eq = pair.indexOf('=');
            parameters.put(
                    URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return parameters;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
