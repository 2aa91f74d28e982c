package dev.stressgate.report.sources.logs;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Requests answered 429 in the window: complete count, count per route, and capped excerpts. */
public record RateLimitCategory(int count, Map<String, Integer> byRoute, List<LogEntry> excerpts) {

    public RateLimitCategory {
        byRoute = java.util.Collections.unmodifiableMap(new TreeMap<>(byRoute));
        excerpts = List.copyOf(excerpts);
    }
}
