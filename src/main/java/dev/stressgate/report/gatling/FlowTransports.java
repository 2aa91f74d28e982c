package dev.stressgate.report.gatling;

import dev.stressgate.run.Workload;
import java.util.List;

/**
 * Tells WebSocket checks apart from HTTP requests by the workload the run declared in run.json. Gatling records
 * WebSocket connects and checks as ordinary request records, so a request is matched to its flow by the naming
 * contract ({@code <flow>: <action>}, groups named after flows): the text before the first {@code ':'} of its name
 * when that names a declared flow, or else its outermost group (a name such as {@code step 1: join} inside a group). It is a WebSocket check when the workload declares that flow's transport as
 * {@code websocket}; a run without a declared workload counts every request as HTTP.
 */
public final class FlowTransports {

    private final Workload workload;

    public FlowTransports(Workload workload) {
        this.workload = workload;
    }

    public static FlowTransports undeclared() {
        return new FlowTransports(Workload.undeclared());
    }

    public boolean isWebSocket(List<String> group, String name) {
        int colon = name.indexOf(':');
        if (colon > 0) {
            String prefix = name.substring(0, colon).strip();
            if (workload.flow(prefix).isPresent()) {
                return workload.isWebSocket(prefix);
            }
        }
        return !group.isEmpty() && workload.isWebSocket(group.get(0).strip());
    }

    /** The rule in words, as summary.json records it. */
    public String rule() {
        return workload.flows().isEmpty()
                ? "run.json declares no workload: every request counted as HTTP"
                : "flow (name before the first ':' when it is a declared flow, or else the outermost group) declared"
                        + " with transport"
                        + " 'websocket' in run.json's workload";
    }
}
