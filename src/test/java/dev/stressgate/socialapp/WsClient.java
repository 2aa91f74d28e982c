package dev.stressgate.socialapp;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A java.net.http WebSocket that collects server frames as JSON for assertions. */
final class WsClient implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final BlockingQueue<JsonNode> frames = new LinkedBlockingQueue<>();
    private final CompletableFuture<Integer> closeCode = new CompletableFuture<>();
    private final WebSocket socket;

    private WsClient(String url, boolean reading) {
        socket = HTTP.newWebSocketBuilder()
                .connectTimeout(Duration.ofSeconds(10))
                .buildAsync(URI.create(url), new Collector(reading))
                .join();
    }

    /** Connects and reads every frame. */
    static WsClient connect(String url) {
        return new WsClient(url, true);
    }

    /** Connects but never asks for frames after the first: a consumer that has stopped reading. */
    static WsClient connectStalled(String url) {
        return new WsClient(url, false);
    }

    /** The HTTP status of a refused handshake (e.g. 401), or 101 when the upgrade succeeded. */
    static int handshakeStatus(String url) {
        try {
            new WsClient(url, true).close();
            return 101;
        } catch (CompletionException e) {
            if (e.getCause() instanceof WebSocketHandshakeException refused) {
                return refused.getResponse().statusCode();
            }
            throw e;
        }
    }

    void send(Object frame) {
        try {
            socket.sendText(ApiClient.JSON.writeValueAsString(frame), true).join();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The next frame of {@code type}, skipping others; fails after 20 s. */
    JsonNode next(String type) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            JsonNode frame = frames.poll(200, TimeUnit.MILLISECONDS);
            if (frame != null && frame.path("type").asText().equals(type)) {
                return frame;
            }
        }
        throw new AssertionError("no '" + type + "' frame within 20 s");
    }

    /** Frames received within the given wait, for asserting that nothing arrived. */
    JsonNode poll(long millis) throws InterruptedException {
        return frames.poll(millis, TimeUnit.MILLISECONDS);
    }

    /** The close code the server ended the socket with; fails after 20 s. */
    int serverCloseCode() throws Exception {
        return closeCode.get(20, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").exceptionally(e -> null);
        socket.abort();
    }

    private final class Collector implements WebSocket.Listener {
        private final boolean reading;
        private final StringBuilder partial = new StringBuilder();

        Collector(boolean reading) {
            this.reading = reading;
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                try {
                    frames.add(ApiClient.JSON.readTree(partial.toString()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                partial.setLength(0);
            }
            if (reading) {
                webSocket.request(1);
            }
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closeCode.complete(statusCode);
            return null;
        }
    }
}
