package dev.stressgate.run.http;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The one way the project calls out over HTTP (the target's {@code /metrics}, its fault admin route, Prometheus,
 * Loki, Ollama): the configured HTTP version (1.1 unless told otherwise, see {@link OutboundHttpSettings}), a total
 * deadline that covers connect, headers and body (a server that sends headers and then stalls the body is cut off at
 * the deadline), and a response-size cap that aborts the read instead of buffering the excess. Every failure is an
 * {@link OutboundFailure} naming its cause.
 */
public final class OutboundHttp {

    private final HttpClient client;
    private final Duration deadline;
    private final long maxBodyBytes;

    public OutboundHttp(HttpClient.Version version, Duration deadline, long maxBodyBytes) {
        if (deadline.isZero() || deadline.isNegative() || maxBodyBytes < 1) {
            throw new IllegalArgumentException(
                    "deadline and body cap must be positive, got " + deadline + " and " + maxBodyBytes);
        }
        this.client = HttpClient.newBuilder()
                .version(version)
                .connectTimeout(deadline)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.deadline = deadline;
        this.maxBodyBytes = maxBodyBytes;
    }

    /** A client for scraping a target's {@code /metrics}, capped at the settings' scrape size. */
    public static OutboundHttp forScrapes(OutboundHttpSettings settings, Duration deadline) {
        return new OutboundHttp(settings.version(), deadline, settings.scrapeMaxBytes());
    }

    /** A client for query APIs (Prometheus, Loki, Ollama), capped at the settings' query size. */
    public static OutboundHttp forQueries(OutboundHttpSettings settings, Duration deadline) {
        return new OutboundHttp(settings.version(), deadline, settings.queryMaxBytes());
    }

    public Duration deadline() {
        return deadline;
    }

    public long maxBodyBytes() {
        return maxBodyBytes;
    }

    /** GET {@code uri} with an {@code Accept} header. */
    public HttpAnswer get(URI uri, String accept) throws OutboundFailure {
        return send(HttpRequest.newBuilder(uri).header("Accept", accept).GET());
    }

    /**
     * Sends the request and waits for its complete answer, whatever its status, at most the deadline.
     */
    public HttpAnswer send(HttpRequest.Builder builder) throws OutboundFailure {
        HttpRequest request = builder.timeout(deadline).build();
        URI uri = request.uri();
        CompletableFuture<HttpResponse<byte[]>> pending =
                client.sendAsync(request, CappedBodySubscriber.handler(maxBodyBytes));
        try {
            HttpResponse<byte[]> response = pending.get(deadline.toNanos(), TimeUnit.NANOSECONDS);
            return new HttpAnswer(uri, response.statusCode(), new String(response.body(), StandardCharsets.UTF_8));
        } catch (TimeoutException e) {
            pending.cancel(true);
            throw deadlineMissed(uri, e);
        } catch (InterruptedException e) {
            pending.cancel(true);
            Thread.currentThread().interrupt();
            throw new OutboundFailure(OutboundFailure.Kind.INTERRUPTED, uri, "interrupted", null, e);
        } catch (ExecutionException e) {
            throw failure(uri, e.getCause());
        }
    }

    private OutboundFailure deadlineMissed(URI uri, Throwable origin) {
        return new OutboundFailure(
                OutboundFailure.Kind.DEADLINE,
                uri,
                "no complete answer within " + Durations.describe(deadline),
                null,
                origin);
    }

    private OutboundFailure failure(URI uri, Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof CappedBodySubscriber.TooLarge) {
                return new OutboundFailure(OutboundFailure.Kind.TOO_LARGE, uri, t.getMessage(), null, thrown);
            }
            if (t instanceof HttpTimeoutException) {
                return deadlineMissed(uri, thrown);
            }
            if (t instanceof ConnectException) {
                return new OutboundFailure(
                        OutboundFailure.Kind.CONNECTION_REFUSED, uri, "connection refused", null, thrown);
            }
            if (t instanceof UnknownHostException) {
                return new OutboundFailure(
                        OutboundFailure.Kind.UNREACHABLE, uri, "unknown host " + uri.getHost(), null, thrown);
            }
        }
        String detail = thrown == null || thrown.getMessage() == null ? String.valueOf(thrown) : thrown.getMessage();
        String kind = thrown instanceof IOException ? "network error: " : "failed: ";
        return new OutboundFailure(OutboundFailure.Kind.UNREACHABLE, uri, kind + detail, null, thrown);
    }
}
