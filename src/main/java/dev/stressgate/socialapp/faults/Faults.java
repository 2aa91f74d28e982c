package dev.stressgate.socialapp.faults;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicReference;

/** The live fault switches of one app instance, read on every request, frame and query. */
public final class Faults {

    private final AtomicReference<FaultSettings> current;

    public Faults(FaultSettings initial) {
        current = new AtomicReference<>(Objects.requireNonNull(initial));
    }

    public FaultSettings settings() {
        return current.get();
    }

    public void replace(FaultSettings settings) {
        current.set(Objects.requireNonNull(settings));
    }

    /** Milliseconds to add before handling a request to this route template (0 = none). */
    public long latencyFor(String route) {
        FaultSettings.RouteLatency latency = current.get().latency();
        return latency.millis() > 0 && selects(latency.routes(), route) ? latency.millis() : 0;
    }

    /** The status to answer instead of handling this request, or 0 to handle it normally. */
    public int injectedErrorFor(String route) {
        FaultSettings.RouteErrors errors = current.get().errors();
        return errors.share() > 0 && selects(errors.routes(), route) && roll(errors.share()) ? errors.status() : 0;
    }

    public long databaseDelayFor(String operation) {
        FaultSettings.SlowDatabase slow = current.get().slowDatabase();
        return slow.millis() > 0 && (slow.operations().isEmpty() || slow.operations().contains(operation))
                ? slow.millis() : 0;
    }

    public boolean databaseUnavailable() {
        return current.get().databaseUnavailable();
    }

    public boolean dropFrame(String channel) {
        FaultSettings.WebsocketDrops drops = current.get().websocketDrops();
        return drops.share() > 0 && (drops.channels().isEmpty() || drops.channels().contains(channel))
                && roll(drops.share());
    }

    private static boolean selects(List<String> routes, String route) {
        return routes.isEmpty() ? route.startsWith("/api/") : routes.contains(route);
    }

    private static boolean roll(double share) {
        return share >= 1 || ThreadLocalRandom.current().nextDouble() < share;
    }
}
