package dev.stressgate.report.analysis;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.ArrayList;
import java.util.List;

/**
 * Which data the verdict rests on, and which checks could not run for lack of it. Each source is named by the
 * backend that delivered it, or {@code none}.
 *
 * @param client        {@code gatling}: the client's view, always present
 * @param serverMetrics {@code prometheus}, {@code scrape} or {@code none}
 * @param logs          {@code loki}, {@code file} or {@code none}
 * @param checksNotRun  the checks that had no data, in words; empty when every source delivered
 */
public record Coverage(String client, String serverMetrics, String logs, List<String> checksNotRun) {

    public static final String NONE = "none";
    /** The client's view always comes from Gatling's simulation.log. */
    public static final String CLIENT = "gatling";

    static final String SERVER_RESOURCE_CHECKS =
            "server resources (CPU, memory, GC, database, connection pool, WebSocket drops)";
    static final String ALERT_CHECK = "fired Prometheus alerts";
    static final String LOG_CHECKS = "server log lines (5xx and rate-limit lines, error excerpts)";

    public Coverage {
        checksNotRun = List.copyOf(checksNotRun);
    }

    public static Coverage of(AnalysisInput input) {
        String metrics = backend(input, "metrics");
        String logs = backend(input, "logs");
        List<String> notRun = new ArrayList<>();
        if (NONE.equals(metrics)) {
            notRun.add(SERVER_RESOURCE_CHECKS);
        }
        if (!"prometheus".equals(metrics)) {
            notRun.add(ALERT_CHECK);
        }
        if (NONE.equals(logs)) {
            notRun.add(LOG_CHECKS);
        }
        return new Coverage(CLIENT, metrics, logs, notRun);
    }

    /** True when neither server metrics nor logs delivered: the verdict is the client's view alone. */
    @JsonIgnore
    public boolean clientOnly() {
        return NONE.equals(serverMetrics) && NONE.equals(logs);
    }

    /**
     * One sentence for the headline and the gate, or null when server metrics and logs both delivered (a scrape
     * without Prometheus alerts is the usual setup, said in the data sources, not in the headline).
     */
    @JsonIgnore
    public String headline() {
        if (!NONE.equals(serverMetrics) && !NONE.equals(logs)) {
            return null;
        }
        String basis = clientOnly()
                ? "The verdict rests on client data only (no server metrics, no logs)"
                : NONE.equals(serverMetrics)
                        ? "The verdict rests on client data and logs (no server metrics)"
                        : "The verdict rests on client data and server metrics (no logs)";
        return basis + "; checks not run: " + String.join("; ", checksNotRun) + ".";
    }

    private static String backend(AnalysisInput input, String source) {
        SourceAvailability health = input.sources().get(source);
        return health == null || !health.available() || health.backend() == null ? NONE : health.backend();
    }
}
