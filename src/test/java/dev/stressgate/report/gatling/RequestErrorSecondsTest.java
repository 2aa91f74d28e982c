package dev.stressgate.report.gatling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The per-request KO seconds of a summary against the same seconds counted from the raw records. */
class RequestErrorSecondsTest {

    /** One row per request and second with a KO: {@code group/name@second -> [errors, responses]}. */
    private static Map<String, List<Long>> counted(List<RecordingListener.Request> records, long originMs) {
        Map<String, long[]> all = new TreeMap<>();
        for (RecordingListener.Request r : records) {
            long second = Math.max(0, (r.endMs() - originMs) / 1000);
            long[] counts =
                    all.computeIfAbsent(String.join("/", r.group()) + "/" + r.name() + "@" + second, k -> new long[2]);
            counts[0] += r.ok() ? 0 : 1;
            counts[1]++;
        }
        Map<String, List<Long>> failing = new TreeMap<>();
        all.forEach((key, counts) -> {
            if (counts[0] > 0) {
                failing.put(key, List.of(counts[0], counts[1]));
            }
        });
        return failing;
    }

    private static Map<String, List<Long>> recorded(RunSummary summary) {
        Map<String, List<Long>> rows = new TreeMap<>();
        for (RequestErrorSeconds request : summary.requestErrorSeconds()) {
            for (RequestErrorSeconds.ErrorSecond s : request.seconds()) {
                rows.put(
                        String.join("/", request.group()) + "/" + request.name() + "@" + s.second(),
                        List.of((long) s.errors(), (long) s.responses()));
            }
        }
        return rows;
    }

    @Test
    void koSecondsOfEachRequestEqualThoseCountedFromTheRawRecordsOfOneLog() throws Exception {
        RecordingListener raw = new RecordingListener();
        SimulationLogReader.read(Fixtures.log("injector-a"), raw);

        RunSummary summary = new SimulationLogSummarizer().summarize(Fixtures.log("injector-a"));

        Map<String, List<Long>> expected = counted(raw.requests, summary.startEpochMs());
        assertThat(expected).as("the fixture has KOs").isNotEmpty();
        assertThat(recorded(summary)).isEqualTo(expected);
        assertThat(summary.requestErrorSeconds())
                .allSatisfy(r ->
                        assertThat(r.seconds()).isSortedAccordingTo((a, b) -> Long.compare(a.second(), b.second())));
    }

    @Test
    void twoInjectorsReadOneAfterTheOtherGiveTheSecondsOfTheUnionOfTheirRecords() throws Exception {
        RecordingListener a = new RecordingListener();
        RecordingListener b = new RecordingListener();
        SimulationLogReader.read(Fixtures.log("injector-a"), a);
        SimulationLogReader.read(Fixtures.log("injector-b"), b);
        List<RecordingListener.Request> union = new ArrayList<>(a.requests);
        union.addAll(b.requests);

        RunSummary merged = new SimulationLogSummarizer()
                .summarize(List.of(Fixtures.log("injector-a"), Fixtures.log("injector-b")));

        assertThat(recorded(merged)).isEqualTo(counted(union, merged.startEpochMs()));
        long kos = merged.requestErrorSeconds().stream()
                .flatMap(r -> r.seconds().stream())
                .mapToLong(RequestErrorSeconds.ErrorSecond::errors)
                .sum();
        assertThat(kos).isEqualTo(union.stream().filter(r -> !r.ok()).count());
    }
}
