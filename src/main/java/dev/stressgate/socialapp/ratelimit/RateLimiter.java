package dev.stressgate.socialapp.ratelimit;

import dev.stressgate.socialapp.config.RateLimitSettings;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * One Bucket4j token bucket per user. A run-time override (the {@code rate_limit} fault) replaces the configured
 * limit while it is present; every change of the limit in force starts fresh buckets.
 */
public final class RateLimiter {

    private final RateLimitSettings configured;
    private final Supplier<Optional<RateLimitSettings>> override;
    private final AtomicReference<Limit> limit;

    /** The limit in force and the users' buckets under it. */
    private record Limit(RateLimitSettings settings, Map<Long, Bucket> buckets) {}

    public RateLimiter(RateLimitSettings settings) {
        this(settings, Optional::empty);
    }

    public RateLimiter(RateLimitSettings configured, Supplier<Optional<RateLimitSettings>> override) {
        this.configured = configured;
        this.override = override;
        this.limit = new AtomicReference<>(new Limit(configured, new ConcurrentHashMap<>()));
    }

    /** Takes one request from the user's bucket; when it is empty, says how long until the next one. */
    public Decision tryAcquire(long userId) {
        Limit current = inForce();
        if (!current.settings().enabled()) {
            return Decision.ALLOWED;
        }
        ConsumptionProbe probe = current.buckets()
                .computeIfAbsent(userId, id -> newBucket(current.settings()))
                .tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return Decision.ALLOWED;
        }
        long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999L));
        return new Decision(false, seconds);
    }

    private Limit inForce() {
        RateLimitSettings wanted = override.get().orElse(configured);
        Limit current = limit.get();
        if (!current.settings().equals(wanted)) {
            limit.compareAndSet(current, new Limit(wanted, new ConcurrentHashMap<>()));
            current = limit.get();
        }
        return current;
    }

    private static Bucket newBucket(RateLimitSettings settings) {
        return Bucket.builder()
                .addLimit(Bandwidth.builder()
                        .capacity(settings.requests())
                        .refillGreedy(settings.requests(), settings.window())
                        .build())
                .build();
    }

    /** Whether the request may proceed, and if not, the {@code Retry-After} seconds. */
    public record Decision(boolean allowed, long retryAfterSeconds) {
        static final Decision ALLOWED = new Decision(true, 0);
    }
}
