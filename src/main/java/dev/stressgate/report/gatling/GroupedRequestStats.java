package dev.stressgate.report.gatling;

import java.util.List;

/**
 * Statistics of one request name inside one group path (Gatling keys its table rows the same way).
 *
 * @param group enclosing groups, outermost first; empty outside any group
 * @param websocket true when the request belongs to a WebSocket flow, see {@link FlowTransports}
 */
public record GroupedRequestStats(String name, List<String> group, boolean websocket, ResponseStats stats) {

    public GroupedRequestStats {
        group = List.copyOf(group);
    }
}
