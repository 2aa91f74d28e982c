package dev.stressgate.live;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stressgate.profile.AbortCondition;
import dev.stressgate.profile.AbortCondition.Signal;
import dev.stressgate.profile.AbortWhen;
import java.util.List;
import org.junit.jupiter.api.Test;

/** abort_when judged on the trailing complete seconds of responses, by the log's clock. */
class AbortWatchTest {
    private static final long T0 = 1_790_000_000_000L;

    @Test
    void errorShareAboveTheThresholdOverTheWholeTrailingWindowDecidesOnce() {
        AbortWatch watch = new AbortWatch(new AbortWhen(List.of(new AbortCondition(Signal.ERROR_PCT_ABOVE, 20, 3))));
        ResponseWindow window = new ResponseWindow();
        // seconds 0..2: healthy; seconds 3..6: 4 of 10 responses fail each second
        for (int second = 0; second < 7; second++) {
            for (int i = 0; i < 10; i++) {
                window.add(T0 + second * 1000L + i * 50, 20, second < 3 || i >= 4);
            }
            if (second < 5) {
                assertThat(watch.evaluate(window, T0 + second * 1000L))
                        .as("after second %d (the window still holds healthy seconds)", second)
                        .isEmpty();
            }
        }

        AbortDecision decision = watch.evaluate(window, T0 + 7_000).orElseThrow();
        assertThat(decision.reason())
                .isEqualTo("error share 40.0% above 20% over the last 3 s (12 of 30 responses failed)");
        assertThat(decision.atEpochMs()).isEqualTo(T0 + 7_000);
        assertThat(decision.condition().describe()).isEqualTo("error share above 20% for 3 s");
        assertThat(watch.evaluate(window, T0 + 9_000)).contains(decision);
    }

    @Test
    void p95AboveTheThresholdNeedsEnoughResponsesAndACoveredWindow() {
        AbortWatch watch = new AbortWatch(new AbortWhen(List.of(new AbortCondition(Signal.P95_MS_ABOVE, 800, 2))));
        ResponseWindow window = new ResponseWindow();
        for (int i = 0; i < 9; i++) {
            window.add(T0 + i * 100L, 2_000, true);
        }
        window.add(T0 + 2_000, 5, true); // second 2 begins: seconds 0..1 are complete, but hold only 9 responses
        assertThat(watch.evaluate(window, T0 + 2_000)).isEmpty();

        for (int i = 0; i < 10; i++) {
            window.add(T0 + 2_000 + i * 50L, 1_500, true);
        }
        window.add(T0 + 3_000, 5, true);
        assertThat(watch.evaluate(window, T0 + 3_000))
                .get()
                .extracting(AbortDecision::reason)
                .asString()
                .matches("p95 15\\d\\d ms above 800 ms over the last 2 s \\(11 responses\\)"); // 2 significant digits
    }
}
