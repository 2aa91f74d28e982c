package dev.stressgate.socialapp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

/** A small JSON client for the app's API on loopback (java.net.http). */
final class ApiClient {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final String baseUrl;

    ApiClient(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    Reply get(String path, String token) {
        return send("GET", path, token, null);
    }

    Reply post(String path, String token, Object body) {
        return send("POST", path, token, body);
    }

    Reply delete(String path, String token) {
        return send("DELETE", path, token, null);
    }

    Reply send(String method, String path, String token, Object body) {
        String raw = body == null ? null : body instanceof String text ? text : write(body);
        return raw(method, path, token, raw, Map.of());
    }

    Reply raw(String method, String path, String token, String body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(60))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        headers.forEach(request::header);
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.body(), response);
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Signs up a fresh user and returns its session. */
    Session signup() {
        String name = "u" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
        String password = "pw-" + UUID.randomUUID();
        Reply reply = post(
                "/api/auth/signup",
                null,
                Map.of("username", name, "email", name + "@example.test", "password", password));
        if (reply.status() != 201) {
            throw new IllegalStateException("signup failed: " + reply.status() + " " + reply.body());
        }
        return new Session(
                reply.json().get("token").asText(),
                reply.json().path("user").path("id").asLong(),
                name + "@example.test",
                password);
    }

    String ticket(Session session) {
        return post("/api/ws/ticket", session.token(), null)
                .json()
                .get("ticket")
                .asText();
    }

    private static String write(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    record Reply(int status, String body, HttpResponse<String> response) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON (status " + status + "): " + body, e);
            }
        }

        String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }
    }

    record Session(String token, long userId, String email, String password) {}
}
