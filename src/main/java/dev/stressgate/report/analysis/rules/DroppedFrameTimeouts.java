package dev.stressgate.report.analysis.rules;

import dev.stressgate.report.analysis.AnalysisInput;
import dev.stressgate.report.analysis.ErrorCount;
import dev.stressgate.report.analysis.MetricSeries;
import dev.stressgate.report.analysis.ServerSeriesIds;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Client timeouts awaiting a WebSocket frame, and the server drop counters that explain them. A lost delivery is a
 * timeout of a request of a WebSocket flow ({@code <channel>_ws: <action>}, e.g. {@code chat_ws: message delivered})
 * other than its {@code connect}: the awaited frame never came. That is a delivery failure, not an HTTP error, so
 * it never counts as a server error. A drop series explains the timeouts of its {@code channel} label; a drop series
 * without that label (a target that counts drops in one counter) explains those of every channel.
 */
final class DroppedFrameTimeouts {

    private static final String WS_FLOW_SUFFIX = "_ws";
    private static final String CONNECT = "connect";
    private static final String CHANNEL_LABEL = "channel";

    private final List<MetricSeries> droppingSeries = new ArrayList<>();

    DroppedFrameTimeouts(AnalysisInput input) {
        for (MetricSeries s : input.series(ServerSeriesIds.WS_DROPS)) {
            if (s.max().orElse(0) > 0) {
                droppingSeries.add(s);
            }
        }
    }

    /** Whether this KO is a lost delivery: a timeout awaiting a frame on a WebSocket flow. */
    static boolean isLostDelivery(ErrorCount error) {
        if (!error.isTimeout() || error.request() == null) {
            return false;
        }
        int colon = error.request().indexOf(": ");
        return channelOf(error.request()) != null
                && colon >= 0
                && !error.request().substring(colon + 2).equals(CONNECT);
    }

    /** The drop series whose counter moved and covers this channel, if any. */
    Optional<MetricSeries> dropsOn(String channel) {
        return droppingSeries.stream().filter(s -> covers(s, channel)).findFirst();
    }

    /** Whether a drop series covers the channel: its own label, or no channel label at all. */
    static boolean covers(MetricSeries drops, String channel) {
        String label = drops.labels().get(CHANNEL_LABEL);
        return label == null || label.isEmpty() || label.equals(channel);
    }

    /** Whether this KO is a lost delivery on the given channel; with a null channel, on any channel. */
    static boolean isLostDeliveryOn(ErrorCount error, String channel) {
        return isLostDelivery(error)
                && (channel == null || channel.isEmpty() || channel.equals(channelOf(error.request())));
    }

    /** The channel of a request of a {@code <channel>_ws} flow, or null for any other request. */
    static String channelOf(String request) {
        int colon = request.indexOf(": ");
        String flow = colon < 0 ? request : request.substring(0, colon);
        return flow.endsWith(WS_FLOW_SUFFIX) ? flow.substring(0, flow.length() - WS_FLOW_SUFFIX.length()) : null;
    }
}
