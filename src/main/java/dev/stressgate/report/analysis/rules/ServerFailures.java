package dev.stressgate.report.analysis.rules;

import dev.stressgate.report.analysis.ErrorCount;
import dev.stressgate.run.Workload;
import java.util.List;

/**
 * What counts as a server failure of a client request, for every rule that weighs one: a 5xx answer or an HTTP
 * timeout. A timeout awaiting a WebSocket frame is a lost delivery ({@link DroppedFrameTimeouts}), never a server
 * failure.
 */
final class ServerFailures {

    private ServerFailures() {}

    static boolean is(ErrorCount error, Workload workload) {
        return error.isServerError() || (error.isTimeout() && !DroppedFrameTimeouts.isLostDelivery(error, workload));
    }

    /** The share (0 to 1) of these KOs that are server failures; 0 without KOs. */
    static double share(List<ErrorCount> errors, Workload workload) {
        long all = errors.stream().mapToLong(ErrorCount::count).sum();
        return all == 0 ? 0 : (double) count(errors, workload) / all;
    }

    /** The client requests of the run that failed this way. */
    static long count(List<ErrorCount> errors, Workload workload) {
        return errors.stream()
                .filter(e -> is(e, workload))
                .mapToLong(ErrorCount::count)
                .sum();
    }
}
