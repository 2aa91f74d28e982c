package dev.stressgate.run;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.OptionalLong;

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
    "workload",
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
        @JsonProperty("workload") Workload workload,
        @JsonProperty("abort") Abort abort) {

    public static final int SCHEMA_VERSION = 1;

    public RunMetadata {
        workload = workload == null ? Workload.undeclared() : workload;
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

    /**
     * Profile name, the file it came from, that file's SHA-256 and the profile's kind ({@code load}, {@code spike},
     * ...; null in run.json files written before it was recorded).
     */
    @JsonPropertyOrder({"name", "source", "sha256", "kind"})
    public record ProfileRef(
            @JsonProperty("name") String name,
            @JsonProperty("source") String source,
            @JsonProperty("sha256") String sha256,
            @JsonProperty("kind") String kind) {

        public ProfileRef(String name, String source, String sha256) {
            this(name, source, sha256, null);
        }
    }

    /**
     * This injector's index among {@code count} injectors sharing the load; when they started together, the instant
     * they were to start at ({@code planned_start_epoch_ms}, from {@code RUN_START_AT}) and the one this injector
     * started its load at ({@code actual_start_epoch_ms}) and how late it was allowed to be ({@code
     * start_tolerance_ms}); all absent for a run that did not wait for a common start.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"index", "count", "planned_start_epoch_ms", "actual_start_epoch_ms", "start_tolerance_ms"})
    public record Injector(
            @JsonProperty("index") int index,
            @JsonProperty("count") int count,
            @JsonProperty("planned_start_epoch_ms") Long plannedStartEpochMs,
            @JsonProperty("actual_start_epoch_ms") Long actualStartEpochMs,
            @JsonProperty("start_tolerance_ms") Long startToleranceMs) {

        /** An injector that started at once, without a common start. */
        public Injector(int index, int count) {
            this(index, count, null, null, null);
        }

        /** How late this injector started its load after the planned instant (ms; negative: early), if planned. */
        @JsonIgnore
        public OptionalLong startOffsetMs() {
            return plannedStartEpochMs == null || actualStartEpochMs == null
                    ? OptionalLong.empty()
                    : OptionalLong.of(actualStartEpochMs - plannedStartEpochMs);
        }
    }

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

    /** This run ended (or is still running: null) with what its metrics endpoint gave; its abort, if any, kept. */
    public RunMetadata ended(Long endEpochMs, MetricsEndpoint endpoint) {
        return ended(endEpochMs, endpoint, abort);
    }

    public RunMetadata ended(Long endEpochMs, MetricsEndpoint endpoint, Abort abort) {
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
                workload,
                abort);
    }
}
