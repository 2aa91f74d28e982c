package dev.stressgate.run;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The content of {@code run.json} (schema version 1): which profile ran against which target, when, from which
 * code, and whether the target's {@code /metrics} endpoint answered. {@code end_epoch_ms} is null while running;
 * {@code abort} is null unless an {@code abort_when} condition of the profile stopped the run early.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({
    "schema_version",
    "run_id",
    "profile",
    "base_url",
    "simulation",
    "start_epoch_ms",
    "end_epoch_ms",
    "gatling_version",
    "git_commit",
    "injector",
    "metrics_endpoint",
    "abort"
})
public record RunMetadata(
        @JsonProperty("schema_version") int schemaVersion,
        @JsonProperty("run_id") String runId,
        @JsonProperty("profile") ProfileRef profile,
        @JsonProperty("base_url") String baseUrl,
        @JsonProperty("simulation") String simulation,
        @JsonProperty("start_epoch_ms") long startEpochMs,
        @JsonProperty("end_epoch_ms") Long endEpochMs,
        @JsonProperty("gatling_version") String gatlingVersion,
        @JsonProperty("git_commit") String gitCommit,
        @JsonProperty("injector") Injector injector,
        @JsonProperty("metrics_endpoint") MetricsEndpoint metricsEndpoint,
        @JsonProperty("abort") Abort abort) {

    public static final int SCHEMA_VERSION = 1;

    /** A run that was not stopped early. */
    public RunMetadata(
            int schemaVersion,
            String runId,
            ProfileRef profile,
            String baseUrl,
            String simulation,
            long startEpochMs,
            Long endEpochMs,
            String gatlingVersion,
            String gitCommit,
            Injector injector,
            MetricsEndpoint metricsEndpoint) {
        this(
                schemaVersion,
                runId,
                profile,
                baseUrl,
                simulation,
                startEpochMs,
                endEpochMs,
                gatlingVersion,
                gitCommit,
                injector,
                metricsEndpoint,
                null);
    }

    /**
     * The run was stopped early: when the {@code abort_when} {@code condition} (as the profile states it, e.g.
     * {@code error share above 20% for 10 s}) was found to hold, and {@code reason}, the measured value behind it.
     */
    @JsonPropertyOrder({"at_epoch_ms", "condition", "reason"})
    public record Abort(
            @JsonProperty("at_epoch_ms") long atEpochMs,
            @JsonProperty("condition") String condition,
            @JsonProperty("reason") String reason) {}

    public boolean aborted() {
        return abort != null;
    }

    /** Profile name, the file it came from and that file's SHA-256. */
    @JsonPropertyOrder({"name", "source", "sha256"})
    public record ProfileRef(
            @JsonProperty("name") String name,
            @JsonProperty("source") String source,
            @JsonProperty("sha256") String sha256) {}

    /** This injector's index among {@code count} injectors sharing the load. */
    @JsonPropertyOrder({"index", "count"})
    public record Injector(
            @JsonProperty("index") int index,
            @JsonProperty("count") int count) {}

    /**
     * Whether {@code url} served metrics during the run; {@code note} says why not (null when it did). {@code
     * scrapes} were attempted, {@code failed_scrapes} of them failed, the last one with {@code last_failure} (null
     * when none failed), e.g. "HTTP 404 from http://host:3000/metrics".
     */
    @JsonPropertyOrder({"url", "available", "note", "scrapes", "failed_scrapes", "last_failure"})
    public record MetricsEndpoint(
            @JsonProperty("url") String url,
            @JsonProperty("available") boolean available,
            @JsonProperty("note") String note,
            @JsonProperty("scrapes") int scrapes,
            @JsonProperty("failed_scrapes") int failedScrapes,
            @JsonProperty("last_failure") String lastFailure) {

        /** An endpoint with no scrape counts (run.json files written before they were recorded read as 0). */
        public MetricsEndpoint(String url, boolean available, String note) {
            this(url, available, note, 0, 0, null);
        }
    }

    public RunMetadata ended(long endEpochMs, MetricsEndpoint endpoint, Abort abort) {
        return new RunMetadata(
                schemaVersion,
                runId,
                profile,
                baseUrl,
                simulation,
                startEpochMs,
                endEpochMs,
                gatlingVersion,
                gitCommit,
                injector,
                endpoint,
                abort);
    }
}
