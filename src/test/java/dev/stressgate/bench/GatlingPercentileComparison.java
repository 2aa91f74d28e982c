package dev.stressgate.bench;

import dev.stressgate.report.gatling.GroupedRequestStats;
import dev.stressgate.report.gatling.ResponseStats;
import dev.stressgate.report.gatling.RunSummary;
import dev.stressgate.report.gatling.SimulationLogException;
import dev.stressgate.report.gatling.SimulationLogSummarizer;
import dev.stressgate.report.gatling.fixture.GatlingReportStats;
import dev.stressgate.report.gatling.fixture.GatlingRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code make compare-gatling}: sets the report's percentiles of one run next to the ones Gatling's own report
 * gives for the same simulation.log, over several regenerations of Gatling's report (its t-digest breaks ties at
 * random, so its figures can move between two generations). Usage:
 * {@code GatlingPercentileComparison <simulation.log> <work dir> <regenerations>}. The log is copied into the
 * work dir; the run directory is not touched. Table lines start with {@code cmp|}, progress goes to stderr.
 */
public final class GatlingPercentileComparison {

    private static final int[] PERCENTILES = {50, 75, 95, 99};

    /** One percentile of one row: ours, and the lowest and highest value Gatling gave over the regenerations. */
    record Cell(long ours, long gatlingLow, long gatlingHigh) {

        Cell with(long gatling) {
            return new Cell(ours, Math.min(gatlingLow, gatling), Math.max(gatlingHigh, gatling));
        }

        boolean equal() {
            return ours == gatlingLow && ours == gatlingHigh;
        }

        boolean withinTolerance() {
            return close(ours, gatlingLow) && close(ours, gatlingHigh);
        }

        boolean gatlingMoved() {
            return gatlingLow != gatlingHigh;
        }

        String render() {
            String gatling = gatlingMoved() ? gatlingLow + ".." + gatlingHigh : Long.toString(gatlingLow);
            return String.format("%6d %-11s%s", ours, gatling, equal() ? " " : withinTolerance() ? "~" : "*");
        }

        private static boolean close(long ours, long gatling) {
            return Math.abs(ours - gatling) <= Math.max(1, Math.round(gatling * 0.01));
        }
    }

    private GatlingPercentileComparison() {}

    public static void main(String[] args) throws Exception {
        Path log = Path.of(args[0]);
        Path results = Path.of(args[1]);
        int regenerations = Integer.parseInt(args[2]);
        RunSummary summary;
        try {
            summary = new SimulationLogSummarizer().summarize(log);
        } catch (SimulationLogException e) {
            System.err.println("error: " + e.getMessage());
            System.exit(2);
            return;
        }
        String folder = log.toAbsolutePath().getParent().getFileName().toString();
        Files.createDirectories(results.resolve(folder));
        Files.copy(log, results.resolve(folder).resolve("simulation.log"));
        Map<String, Long> counts = new LinkedHashMap<>();
        Map<String, List<Cell>> rows = new LinkedHashMap<>();
        add(rows, counts, "(all requests)", summary.global());
        for (GroupedRequestStats request : summary.requests()) {
            add(rows, counts, label(request.group(), request.name()), request.stats());
        }
        for (int i = 1; i <= regenerations; i++) {
            System.err.printf("    Gatling report generation %d of %d%n", i, regenerations);
            GatlingRunner.generateReportOnly(results, folder);
            GatlingReportStats gatling = GatlingReportStats.fromHtmlReport(results.resolve(folder));
            merge(rows, "(all requests)", gatling.global());
            for (GatlingReportStats.Row row : gatling.requests()) {
                merge(rows, label(row.path(), row.name()), row);
            }
        }
        print(rows, counts);
    }

    private static void add(Map<String, List<Cell>> rows, Map<String, Long> counts, String label, ResponseStats stats) {
        long[] ours = {stats.p50Ms(), stats.p75Ms(), stats.p95Ms(), stats.p99Ms()};
        List<Cell> cells = new ArrayList<>();
        for (long value : ours) {
            cells.add(new Cell(value, Long.MAX_VALUE, Long.MIN_VALUE));
        }
        rows.put(label, cells);
        counts.put(label, stats.count());
    }

    private static void merge(Map<String, List<Cell>> rows, String label, GatlingReportStats.Row row) {
        List<Cell> cells = rows.get(label);
        if (cells == null) {
            throw new IllegalStateException("Gatling's report has a request the summary lacks: " + label);
        }
        long[] gatling = {row.p50(), row.p75(), row.p95(), row.p99()};
        for (int i = 0; i < gatling.length; i++) {
            cells.set(i, cells.get(i).with(gatling[i]));
        }
    }

    private static void print(Map<String, List<Cell>> rows, Map<String, Long> counts) {
        StringBuilder header = new StringBuilder(String.format("%-48s %8s", "request", "samples"));
        for (int percentile : PERCENTILES) {
            header.append(String.format(" | %-19s", "p" + percentile + " (ours, Gatling)"));
        }
        System.out.println("cmp|" + header);
        int[] small = new int[2];
        int[] large = new int[4];
        for (Map.Entry<String, List<Cell>> row : rows.entrySet()) {
            long count = counts.get(row.getKey());
            StringBuilder line = new StringBuilder(String.format("%-48s %8d", row.getKey(), count));
            for (Cell cell : row.getValue()) {
                line.append(" | ").append(cell.render());
                if (count <= GatlingReportStats.DIGEST_KEEPS_EVERY_SAMPLE) {
                    small[0]++;
                    small[1] += cell.equal() ? 1 : 0;
                } else {
                    large[0]++;
                    large[1] += cell.equal() ? 1 : 0;
                    large[2] += cell.withinTolerance() ? 1 : 0;
                    large[3] += cell.gatlingMoved() ? 1 : 0;
                }
            }
            System.out.println("cmp|" + line);
        }
        System.out.println("cmp|");
        System.out.println(
                "cmp|' ' equal to every Gatling figure, '~' within max(1 ms, 1 %) of every one, '*' further off");
        System.out.printf(
                "cmp|rows of <= %d samples (Gatling's digest holds each sample): %d of %d percentiles equal%n",
                GatlingReportStats.DIGEST_KEEPS_EVERY_SAMPLE, small[1], small[0]);
        System.out.printf(
                "cmp|larger rows (Gatling estimates): %d of %d equal, %d within max(1 ms, 1 %%); "
                        + "Gatling's own figure moved between regenerations in %d%n",
                large[1], large[0], large[2], large[3]);
    }

    private static String label(List<String> group, String name) {
        return group.isEmpty() ? name : String.join(" / ", group) + " / " + name;
    }
}
