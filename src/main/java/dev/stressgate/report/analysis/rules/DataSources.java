package dev.stressgate.report.analysis.rules;

import dev.stressgate.report.analysis.AnalysisInput;
import dev.stressgate.report.analysis.SourceAvailability;
import java.util.ArrayList;
import java.util.List;

/** Names the data a finding rests on, in words for its detail: which backend delivered the server metrics. */
final class DataSources {

    static final String CLIENT = "client results (Gatling)";
    static final String LOGS = "the server log";
    static final String INJECTOR = "the injector's own samples (injector.jsonl)";

    private DataSources() {}

    /** {@code server metrics from Prometheus}, {@code server metrics from scrape.jsonl} or plain server metrics. */
    static String metrics(AnalysisInput input) {
        SourceAvailability health = input.sources().get("metrics");
        String backend = health == null || health.backend() == null ? "" : health.backend();
        return switch (backend) {
            case "prometheus" -> "server metrics from Prometheus";
            case "scrape" -> "server metrics from the target's /metrics (scrape.jsonl)";
            default -> "server metrics";
        };
    }

    /** {@code " Sources: client results (Gatling), the server log."} for the sources that contributed. */
    static String sentence(AnalysisInput input, boolean client, boolean metrics, boolean logs) {
        List<String> used = new ArrayList<>();
        if (client) {
            used.add(CLIENT);
        }
        if (metrics) {
            used.add(metrics(input));
        }
        if (logs) {
            used.add(LOGS);
        }
        return used.isEmpty() ? "" : " Sources: " + String.join(", ", used) + ".";
    }
}
