package dev.stressgate.run.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects a response body up to a cap and aborts the read (cancels the subscription, which closes the connection)
 * as soon as more arrives, or at once when {@code Content-Length} already declares more: an oversized answer never
 * sits in memory.
 */
final class CappedBodySubscriber implements HttpResponse.BodySubscriber<byte[]> {

    /** The body was larger than the cap. */
    static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        TooLarge(long cap) {
            super("body larger than " + ByteSizes.describe(cap));
        }
    }

    private final long cap;
    private final boolean declaredTooLarge;
    private final CompletableFuture<byte[]> body = new CompletableFuture<>();
    private ByteArrayOutputStream received = new ByteArrayOutputStream();
    private Flow.Subscription subscription;
    private long count;

    private CappedBodySubscriber(long cap, boolean declaredTooLarge) {
        this.cap = cap;
        this.declaredTooLarge = declaredTooLarge;
    }

    static HttpResponse.BodyHandler<byte[]> handler(long cap) {
        return info -> {
            OptionalLong length = info.headers().firstValueAsLong("Content-Length");
            return new CappedBodySubscriber(cap, length.isPresent() && length.getAsLong() > cap);
        };
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        this.subscription = subscription;
        if (declaredTooLarge) {
            abort();
        } else {
            subscription.request(Long.MAX_VALUE);
        }
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
        if (received == null) {
            return;
        }
        for (ByteBuffer buffer : buffers) {
            count += buffer.remaining();
            if (count > cap) {
                abort();
                return;
            }
            byte[] bytes = new byte[buffer.remaining()];
            buffer.get(bytes);
            received.writeBytes(bytes);
        }
    }

    @Override
    public void onError(Throwable throwable) {
        received = null;
        body.completeExceptionally(throwable);
    }

    @Override
    public void onComplete() {
        if (received != null) {
            body.complete(received.toByteArray());
            received = null;
        }
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return body;
    }

    private void abort() {
        received = null;
        subscription.cancel();
        body.completeExceptionally(new TooLarge(cap));
    }
}
