package dev.stressgate.report.render.view;

import java.util.List;
import java.util.stream.Stream;

/**
 * Everything one run's report shows, already merged and formatted for presentation. All renderings (html, md, txt,
 * junit) are produced from this one model so they carry the same facts.
 *
 * @param timeAxisSeconds length of the shared x axis of every chart (seconds since run start)
 * @param gatlingReportHref relative link to Gatling's own HTML report, or null when there is none
 * @param injectors the per-injector section of a run shared by several injectors, or null for one injector
 * @param realtime per WebSocket channel, the injector's connection and fan-out figures (empty without realtime.json)
 */
public record ReportView(
        RunHeaderView header,
        VerdictView verdict,
        List<CheckRow> slos,
        List<CheckRow> gateChecks,
        StatsRow global,
        List<StatsRow> requests,
        List<StatsRow> groups,
        List<ErrorRow> errors,
        List<LatencyRow> websocketChecks,
        double timeAxisSeconds,
        List<ChartView> charts,
        List<SourceHealthRow> sources,
        List<LogExcerptRow> logs,
        List<FindingView> findings,
        BaselineView baseline,
        AiSectionView ai,
        String gatlingReportHref,
        InjectorsView injectors,
        List<RealtimeRow> realtime) {
    public ReportView {
        realtime = realtime == null ? List.of() : List.copyOf(realtime);
        slos = List.copyOf(slos);
        gateChecks = List.copyOf(gateChecks);
        requests = List.copyOf(requests);
        groups = List.copyOf(groups);
        errors = List.copyOf(errors);
        websocketChecks = List.copyOf(websocketChecks);
        charts = List.copyOf(charts);
        sources = List.copyOf(sources);
        logs = List.copyOf(logs);
        findings = List.copyOf(findings);
    }

    /** SLO rows followed by the other gate checks: the test cases of junit.xml. */
    public List<CheckRow> allChecks() {
        return Stream.concat(slos.stream(), gateChecks.stream()).toList();
    }

    public long failedCheckCount() {
        return allChecks().stream().filter(CheckRow::failed).count();
    }

    public long noDataCheckCount() {
        return allChecks().stream()
                .filter(c -> c.outcome() == CheckOutcome.NO_DATA)
                .count();
    }
}
