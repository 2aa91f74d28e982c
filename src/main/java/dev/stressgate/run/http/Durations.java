package dev.stressgate.run.http;

import java.time.Duration;

/** Durations in words for messages: whole seconds as "10 s", anything else in ms. */
final class Durations {

    private Durations() {}

    static String describe(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }
}
