package dev.stressgate.socialapp.config;

import java.time.Duration;
import java.util.Objects;

/**
 * Per-user token bucket: {@code requests} per {@code window}, refilled greedily.
 * The default (600 per minute) is far above what a load-profile user does with 10-30 s of think time
 * (a few requests per action), so only abusive clients see 429.
 */
public record RateLimitSettings(boolean enabled, long requests, Duration window) {

    public RateLimitSettings {
        Objects.requireNonNull(window, "window");
        if (requests < 1) {
            throw new IllegalArgumentException("rate limit requests must be positive, was " + requests);
        }
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("rate limit window must be positive, was " + window);
        }
    }

    public static RateLimitSettings defaults() {
        return new RateLimitSettings(true, 600, Duration.ofMinutes(1));
    }
}
