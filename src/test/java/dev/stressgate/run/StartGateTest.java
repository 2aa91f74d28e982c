package dev.stressgate.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The common start, on a hand-driven clock: sleeping advances it by exactly the requested time. */
class StartGateTest {
    private static final Instant PLANNED = Instant.parse("2026-11-28T12:00:00Z");

    private final List<Duration> sleeps = new ArrayList<>();
    private Instant now;

    private StartGate gate(Instant clockAt) {
        now = clockAt;
        Clock clock = new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now;
            }
        };
        return new StartGate(PLANNED, Duration.ofSeconds(2), clock, duration -> {
            sleeps.add(duration);
            now = now.plus(duration);
        });
    }

    @Test
    void anEarlyInjectorSleepsUntilThePlannedStart() throws InterruptedException {
        Instant started = gate(PLANNED.minusMillis(4_250)).await("injector 1 of 3");

        assertThat(started).isEqualTo(PLANNED);
        assertThat(sleeps).containsExactly(Duration.ofMillis(4_250));
    }

    @Test
    void anInjectorWithinTheToleranceStartsAtOnce() throws InterruptedException {
        Instant started = gate(PLANNED.plusMillis(1_999)).await("injector 1 of 3");

        assertThat(started).isEqualTo(PLANNED.plusMillis(1_999));
        assertThat(sleeps).isEmpty();
    }

    @Test
    void anInjectorBeyondTheToleranceRefusesToStartAndSaysHowLate() {
        assertThatThrownBy(() -> gate(PLANNED.plusMillis(3_400)).await("injector 2 of 3"))
                .isInstanceOf(StartGate.LateStartException.class)
                .hasMessageContaining("injector 2 of 3 reached the common start 2026-11-28T12:00:00Z 3.4 s late")
                .hasMessageContaining("tolerance 2.0 s")
                .satisfies(e -> assertThat(((StartGate.LateStartException) e).actualStart())
                        .isEqualTo(PLANNED.plusMillis(3_400)));
        assertThat(sleeps).isEmpty();
    }
}
