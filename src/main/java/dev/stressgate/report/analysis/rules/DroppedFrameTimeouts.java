package dev.stressgate.report.analysis.rules;

import dev.stressgate.report.analysis.AnalysisInput;
import dev.stressgate.report.analysis.ErrorCount;
import dev.stressgate.report.analysis.MetricSeries;
import dev.stressgate.report.analysis.ServerSeriesIds;
import dev.stressgate.run.Workload;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Client timeouts awaiting a WebSocket frame, and the server drop counters that explain them. A lost delivery is a
 * timeout of a request ({@code <flow>: <action>}) of a flow the run's workload declares as a WebSocket flow, other
 * than its {@code connect}: the awaited frame never came. That is a delivery failure, not an HTTP error, so it never
 * counts as a server error. The flow is the client's channel. A drop series explains the timeouts of the flows its
 * {@code channel} label names (the flow itself, or the flow's name up to an underscore: {@code channel="chat"} covers
 * a flow {@code chat} or {@code chat_live}); a drop series without that label (a target that counts drops in one
 * counter) explains those of every flow.
 */
final class DroppedFrameTimeouts {

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

    /** Whether this KO is a lost delivery: a timeout awaiting a frame on a WebSocket flow of the workload. */
    static boolean isLostDelivery(ErrorCount error, Workload workload) {
        if (!error.isTimeout() || error.request() == null) {
            return false;
        }
        int colon = error.request().indexOf(": ");
        return channelOf(error.request(), workload) != null
                && colon >= 0
                && !error.request().substring(colon + 2).equals(CONNECT);
    }

    /** The drop series whose counter moved and covers this channel, if any. */
    Optional<MetricSeries> dropsOn(String channel) {
        return droppingSeries.stream().filter(s -> covers(s, channel)).findFirst();
    }

    /** Whether a drop series covers the flow: its channel label names it, or it has no channel label at all. */
    static boolean covers(MetricSeries drops, String flow) {
        return names(drops.labels().get(CHANNEL_LABEL), flow);
    }

    /** Whether this KO is a lost delivery on a flow the channel label names; with a null label, on any flow. */
    static boolean isLostDeliveryOn(ErrorCount error, String channel, Workload workload) {
        return isLostDelivery(error, workload) && names(channel, channelOf(error.request(), workload));
    }

    /** The WebSocket flow of a request, or null when the workload does not declare its flow as WebSocket. */
    static String channelOf(String request, Workload workload) {
        int colon = request.indexOf(": ");
        String flow = colon < 0 ? request : request.substring(0, colon);
        return workload.isWebSocket(flow) ? flow : null;
    }

    private static boolean names(String channelLabel, String flow) {
        return channelLabel == null
                || channelLabel.isEmpty()
                || channelLabel.equals(flow)
                || flow.startsWith(channelLabel + "_");
    }
}
