package dev.stressgate.run;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One line of {@code scrape.jsonl}: {@code {"ts_ms","status","body"}} for a 2xx answer, {@code {"ts_ms","status",
 * "error"}} for another status, {@code {"ts_ms","error"}} when no complete answer came; an answer also says how long
 * it took ({@code duration_ms}, absent in files written before it was recorded). {@code error} says the cause
 * and the address, e.g. "HTTP 404 from http://host:3000/metrics", "body larger than 16 MiB at ...". {@code ts_ms} is
 * when the answer arrived (when the target read its counters, as near as the client can tell), or when the scrape was
 * sent if no answer came.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"ts_ms", "duration_ms", "status", "body", "error"})
public record ScrapeRecord(
        @JsonProperty("ts_ms") long tsMs,
        @JsonProperty("duration_ms") Long durationMs,
        @JsonProperty("status") Integer status,
        @JsonProperty("body") String body,
        @JsonProperty("error") String error) {

    /** An answer that took {@code durationMs} from sending the request to its last byte. */
    public static ScrapeRecord answered(long tsMs, long durationMs, int status, String body) {
        return status >= 200 && status < 300
                ? new ScrapeRecord(tsMs, durationMs, status, body, null)
                : new ScrapeRecord(tsMs, durationMs, status, null, "HTTP " + status);
    }

    /** An answer with a status other than 2xx, and the failure it means. */
    public static ScrapeRecord rejected(long tsMs, int status, String error) {
        return new ScrapeRecord(tsMs, null, status, null, error);
    }

    public static ScrapeRecord failed(long tsMs, String error) {
        return new ScrapeRecord(tsMs, null, null, null, error);
    }

    public boolean succeeded() {
        return error == null;
    }
}
