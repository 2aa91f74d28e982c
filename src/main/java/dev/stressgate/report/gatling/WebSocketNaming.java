package dev.stressgate.report.gatling;

import java.util.List;

/**
 * Tells WebSocket checks apart from HTTP requests. Gatling records WebSocket connects and checks as ordinary
 * request records, so the only signal is the name. Following the project's naming ({@code <flow>: <action>},
 * groups named after flows), a request belongs to a WebSocket flow when its flow, that is the text before the
 * first {@code ':'} of its name or else its outermost group, ends with {@code _ws} ({@code chat_ws}, {@code game_ws}).
 */
public final class WebSocketNaming {

    public static final String RULE = "flow (name before the first ':', or else the outermost group) ends with '_ws'";

    private static final String SUFFIX = "_ws";

    public boolean isWebSocket(List<String> group, String name) {
        int colon = name.indexOf(':');
        if (colon > 0) {
            return name.substring(0, colon).strip().endsWith(SUFFIX);
        }
        return !group.isEmpty() && group.get(0).strip().endsWith(SUFFIX);
    }
}
