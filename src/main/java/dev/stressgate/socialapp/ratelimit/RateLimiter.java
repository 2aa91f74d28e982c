package dev.stressgate.socialapp.ratelimit;

import dev.stressgate.socialapp.config.RateLimitSettings;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/** One Bucket4j token bucket per user. */
public final class RateLimiter {

    private final RateLimitSettings settings;
    private final Map<Long, Bucket> buckets = new ConcurrentHashMap<>();

    public RateLimiter(RateLimitSettings settings) {
        this.settings = settings;
    }

    /** Takes one request from the user's bucket; when it is empty, says how long until the next one. */
    public Decision tryAcquire(long userId) {
        if (!settings.enabled()) {
            return Decision.ALLOWED;
        }
        ConsumptionProbe probe = buckets.computeIfAbsent(userId, id -> newBucket()).tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return Decision.ALLOWED;
        }
        long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999L));
        return new Decision(false, seconds);
    }

    private Bucket newBucket() {
        return Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(settings.requests())
                        .refillGreedy(settings.requests(), settings.window()).build())
                .build();
    }

    /** Whether the request may proceed, and if not, the {@code Retry-After} seconds. */
    public record Decision(boolean allowed, long retryAfterSeconds) {
        static final Decision ALLOWED = new Decision(true, 0);
    }
}
