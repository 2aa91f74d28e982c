package dev.stressgate.bench;

import dev.stressgate.report.sources.logs.Redactor;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * {@code make bench-redact}: time of {@link Redactor#redact} on one line of 100 KB and of 1 MB, for a JSON log line
 * with a long message, a plain-text line dense with secrets, and shapes that made the former regex rules
 * quadratic. Each figure is the median of 7 runs after 3 warm-up runs. Prints one row per shape and size.
 */
public final class RedactorBenchmark {

    private static final int WARM_UP = 3;
    private static final int RUNS = 7;

    private RedactorBenchmark() {}

    public static void main(String[] args) {
        Map<String, IntFunction<String>> shapes = new LinkedHashMap<>();
        shapes.put(
                "JSON line, long message",
                size -> "{\"@timestamp\":\"2026-11-22T05:00:01Z\",\"level\":\"ERROR\","
                        + "\"password\":\"hunter2\",\"message\":\""
                        + repeat("db timeout for bob@example.com token=abc123 ", size)
                        + "\"}");
        shapes.put(
                "text, dense with secrets",
                size -> repeat(
                        "user=eve@exämple.com\\npassword=x Authorization: Basic "
                                + "dXNlcjpwYXNz ticket%3Dtk_1%26 eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiI0MiJ9.sig ",
                        size));
        shapes.put("one run of letters", size -> repeat("a", size));
        shapes.put("one run of 'tokentoken'", size -> repeat("token", size));
        shapes.put("one run of 'ab@'", size -> repeat("ab@", size));
        Redactor redactor = new Redactor();
        System.out.printf("%-28s %10s %12s%n", "line shape", "size", "median ms");
        for (Map.Entry<String, IntFunction<String>> shape : shapes.entrySet()) {
            for (int size : new int[] {100_000, 1_000_000}) {
                String line = shape.getValue().apply(size);
                System.out.printf("%-28s %7d KB %12.1f%n", shape.getKey(), size / 1000, medianMillis(redactor, line));
            }
        }
    }

    private static double medianMillis(Redactor redactor, String line) {
        for (int i = 0; i < WARM_UP; i++) {
            redactor.redact(line);
        }
        double[] millis = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long started = System.nanoTime();
            redactor.redact(line);
            millis[i] = (System.nanoTime() - started) / 1e6;
        }
        Arrays.sort(millis);
        return millis[RUNS / 2];
    }

    private static String repeat(String unit, int size) {
        return unit.repeat(Math.max(1, size / unit.length()));
    }
}
