package dev.stressgate.report.sources;

import java.util.Objects;

/** Whether one source (prometheus, scrape, loki, file) was used, degraded or unavailable, and why. */
public record SourceHealth(String name, SourceStatus status, String reason) {

    public SourceHealth {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(status, "status");
    }

    public static SourceHealth used(String name, String reason) {
        return new SourceHealth(name, SourceStatus.USED, reason);
    }

    public static SourceHealth degraded(String name, String reason) {
        return new SourceHealth(name, SourceStatus.DEGRADED, reason);
    }

    public static SourceHealth unavailable(String name, String reason) {
        return new SourceHealth(name, SourceStatus.UNAVAILABLE, reason);
    }

    /**
     * This health read as optional: when the source gave nothing, it is {@link SourceStatus#NOT_CONFIGURED} with
     * {@code why} as its reason (the connection error at a default address nobody chose is no news); any other
     * status stays as it is.
     */
    public SourceHealth notConfiguredIfUnavailable(String why) {
        return status == SourceStatus.UNAVAILABLE ? new SourceHealth(name, SourceStatus.NOT_CONFIGURED, why) : this;
    }
}
