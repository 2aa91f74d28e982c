package dev.stressgate.report.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RunClockTest {

    /** 2025-11-22T05:46:41.000Z. */
    private static final long START = 1_763_790_401_000L;

    private final RunClock clock = new RunClock(START);

    @Test
    void aWindowReadsAsTimeIntoTheRunWithUtcWallClock() {
        assertThat(clock.window(START + 222_000, START + 242_500))
                .isEqualTo("from 3:42 to 4:02 into the run (05:50:23–05:50:43 UTC)");
    }

    @Test
    void aMomentReadsAsTimeIntoTheRunWithUtcWallClock() {
        assertThat(clock.at(START + 59_999)).isEqualTo("0:59 into the run (05:47:40 UTC)");
    }

    @Test
    void offsetsFromAnHourOnShowHoursAndTimesBeforeTheStartAreNegative() {
        assertThat(clock.offset(START)).isEqualTo("0:00");
        assertThat(clock.offset(START + 3_725_000)).isEqualTo("1:02:05");
        assertThat(clock.offset(START - 5_000)).isEqualTo("-0:05");
    }

    @Test
    void theClockOfARuleContextStartsAtTheRunStart() {
        AnalysisInput input = RunFixture.healthy().input();
        RuleContext context = new RuleContext(input, AnalysisThresholds.defaults(), List.of(), Optional.empty());

        assertThat(context.clock().offset(RunFixture.START + 61_000)).isEqualTo("1:01");
    }
}
