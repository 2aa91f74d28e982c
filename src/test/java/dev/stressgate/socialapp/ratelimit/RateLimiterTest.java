package dev.stressgate.socialapp.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stressgate.socialapp.config.RateLimitSettings;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

    @Test
    void eachUserHasItsOwnBucket() {
        RateLimiter limiter = new RateLimiter(new RateLimitSettings(true, 2, Duration.ofMinutes(1)));
        assertThat(limiter.tryAcquire(1).allowed()).isTrue();
        assertThat(limiter.tryAcquire(1).allowed()).isTrue();
        RateLimiter.Decision refused = limiter.tryAcquire(1);
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfterSeconds()).isBetween(1L, 60L);
        assertThat(limiter.tryAcquire(2).allowed()).isTrue();
    }

    @Test
    void disabledLimiterAllowsEverything() {
        RateLimiter limiter = new RateLimiter(new RateLimitSettings(false, 1, Duration.ofMinutes(1)));
        for (int i = 0; i < 10; i++) {
            assertThat(limiter.tryAcquire(1).allowed()).isTrue();
        }
    }

    @Test
    void aRunTimeOverrideReplacesTheConfiguredLimitWhileItIsSet() {
        AtomicReference<Optional<RateLimitSettings>> override = new AtomicReference<>(Optional.empty());
        RateLimiter limiter = new RateLimiter(new RateLimitSettings(true, 100, Duration.ofMinutes(1)), override::get);
        assertThat(limiter.tryAcquire(1).allowed()).isTrue();
        assertThat(limiter.tryAcquire(1).allowed()).isTrue();

        override.set(Optional.of(new RateLimitSettings(true, 1, Duration.ofMinutes(1))));
        assertThat(limiter.tryAcquire(1).allowed())
                .as("fresh bucket under the override")
                .isTrue();
        assertThat(limiter.tryAcquire(1).allowed())
                .as("second request within the override's minute")
                .isFalse();

        override.set(Optional.empty());
        assertThat(limiter.tryAcquire(1).allowed())
                .as("back to the configured 100 per minute")
                .isTrue();
    }
}
