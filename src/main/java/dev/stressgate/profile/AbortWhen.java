package dev.stressgate.profile;

import java.util.List;

/**
 * A profile's {@code abort_when}: conditions under which the run stops early, any one of them sufficing. A trailing
 * window with fewer than {@value #MIN_RESPONSES} responses never triggers (too few to judge a share or a p95).
 */
public record AbortWhen(List<AbortCondition> conditions) {
    public static final int MIN_RESPONSES = 10;

    public AbortWhen {
        conditions = List.copyOf(conditions);
    }
}
