package dev.stressgate.socialapp.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stressgate.socialapp.config.RateLimitSettings;
import java.time.Duration;
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
}
