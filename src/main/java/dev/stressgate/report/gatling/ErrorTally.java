package dev.stressgate.report.gatling;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Error messages with their counts and the requests they came from; bounded by distinct messages. */
final class ErrorTally {

    private record Source(List<String> group, String name) {}

    private static final class Entry {
        long count;
        final Map<Source, Long> bySource = new HashMap<>();
    }

    private final Map<String, Entry> byMessage = new HashMap<>();

    void requestFailed(String message, List<String> group, String name) {
        Entry entry = entry(message);
        entry.count++;
        entry.bySource.merge(new Source(group, name), 1L, Long::sum);
    }

    void errorRecorded(String message) {
        entry(message).count++;
    }

    /** Most frequent first, ties by message; sources likewise, ties by group then name. */
    List<ErrorMessageCount> toErrorCounts() {
        List<ErrorMessageCount> counts = new ArrayList<>(byMessage.size());
        byMessage.forEach((message, entry) -> counts.add(new ErrorMessageCount(message, entry.count, sources(entry))));
        counts.sort(Comparator.comparingLong(ErrorMessageCount::count)
                .reversed()
                .thenComparing(ErrorMessageCount::message));
        return counts;
    }

    private static List<ErrorMessageCount.ErrorSource> sources(Entry entry) {
        List<ErrorMessageCount.ErrorSource> sources = new ArrayList<>(entry.bySource.size());
        entry.bySource.forEach((source, count) ->
                sources.add(new ErrorMessageCount.ErrorSource(source.name(), source.group(), count)));
        sources.sort(Comparator.comparingLong(ErrorMessageCount.ErrorSource::count)
                .reversed()
                .thenComparing(source -> String.join("/", source.group()))
                .thenComparing(ErrorMessageCount.ErrorSource::name));
        return sources;
    }

    private Entry entry(String message) {
        return byMessage.computeIfAbsent(message, m -> new Entry());
    }
}
