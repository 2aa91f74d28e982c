package dev.stressgate.report.analysis.rules;

import dev.stressgate.report.analysis.AnalysisInput;
import dev.stressgate.report.analysis.ErrorCount;
import dev.stressgate.report.analysis.MetricSeries;
import dev.stressgate.report.analysis.ServerSeriesIds;

import java.util.Set;
import java.util.TreeSet;

/**
 * Client timeouts that the server's own WebSocket drop counter explains: a timeout of a request of a WebSocket flow
 * ({@code <channel>_ws: <action>}, e.g. {@code chat_ws: message delivered}) on a channel whose backpressure drop rate
 * was above zero in the run. The awaited frame was dropped, so the wait is a delivery failure the backpressure rule
 * reports, not a sign of an overloaded server.
 */
final class DroppedFrameTimeouts {

    private static final String WS_FLOW_SUFFIX = "_ws";
    private static final String CHANNEL_LABEL = "channel";

    private final Set<String> droppingChannels = new TreeSet<>();

    DroppedFrameTimeouts(AnalysisInput input) {
        for (MetricSeries s : input.series(ServerSeriesIds.WS_DROPS)) {
            String channel = s.labels().get(CHANNEL_LABEL);
            if (channel != null && s.max().orElse(0) > 0) {
                droppingChannels.add(channel);
            }
        }
    }

    /** Whether this KO is a timeout on a channel the server dropped frames on. */
    boolean explains(ErrorCount error) {
        return error.isTimeout() && error.request() != null && channelOf(error.request()) != null
                && droppingChannels.contains(channelOf(error.request()));
    }

    /** Whether this KO is a timeout on the given channel (a request of its {@code <channel>_ws} flow). */
    static boolean isTimeoutOn(ErrorCount error, String channel) {
        return error.isTimeout() && error.request() != null && channel.equals(channelOf(error.request()));
    }

    private static String channelOf(String request) {
        int colon = request.indexOf(": ");
        String flow = colon < 0 ? request : request.substring(0, colon);
        return flow.endsWith(WS_FLOW_SUFFIX) ? flow.substring(0, flow.length() - WS_FLOW_SUFFIX.length()) : null;
    }
}
