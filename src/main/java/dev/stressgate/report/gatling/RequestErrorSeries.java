package dev.stressgate.report.gatling;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Responses and KOs per request and run second, from the same origin as {@link SecondSeries}, kept as one growing
 * {@code int} array of responses per request (4 bytes a second: about 350 KB per request name for a day) plus one of
 * KOs allocated only for requests that fail. Counting every second (not only the recent ones) keeps the figures
 * exact when several injectors' logs are read one after the other. Only seconds with a KO are reported.
 */
final class RequestErrorSeries {

    private static final int INITIAL_SECONDS = 64;

    private static final class Counts {
        int[] responses = new int[INITIAL_SECONDS];
        int[] errors;
        int seconds;
    }

    private final long originMs;
    private final Map<RequestKey, Counts> byRequest = new HashMap<>();

    /** One request row, as Gatling keys them: name within group path. */
    private record RequestKey(List<String> group, String name) {}

    RequestErrorSeries(long originMs) {
        this.originMs = originMs;
    }

    void responseReceived(List<String> group, String name, long epochMs, boolean ok) {
        Counts counts = byRequest.computeIfAbsent(new RequestKey(group, name), key -> new Counts());
        int second = (int) Math.max(0, (epochMs - originMs) / 1000);
        if (second >= counts.responses.length) {
            counts.responses = Arrays.copyOf(counts.responses, Math.max(second + 1, counts.responses.length * 2));
        }
        counts.responses[second]++;
        counts.seconds = Math.max(counts.seconds, second + 1);
        if (!ok) {
            if (counts.errors == null) {
                counts.errors = new int[counts.responses.length];
            } else if (second >= counts.errors.length) {
                counts.errors = Arrays.copyOf(counts.errors, counts.responses.length);
            }
            counts.errors[second]++;
        }
    }

    /**
     * Requests with at least one KO, each with its seconds that hold a KO, in no particular order; then forgets the
     * counts, so their arrays are free before the summary's per-second series is built (a day's run under
     * {@code -Xmx32m}). Called once, at the end of the run.
     */
    List<RequestErrorSeconds> drainErrorSeconds() {
        List<RequestErrorSeconds> result = new ArrayList<>();
        byRequest.forEach((request, counts) -> {
            if (counts.errors == null) {
                return;
            }
            List<RequestErrorSeconds.ErrorSecond> seconds = new ArrayList<>();
            for (int s = 0; s < Math.min(counts.seconds, counts.errors.length); s++) {
                if (counts.errors[s] > 0) {
                    seconds.add(new RequestErrorSeconds.ErrorSecond(s, counts.errors[s], counts.responses[s]));
                }
            }
            result.add(new RequestErrorSeconds(request.name(), request.group(), seconds));
        });
        byRequest.clear();
        return result;
    }
}
