package dev.stressgate.run;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One line of {@code scrape.jsonl}: {@code {"ts_ms","status","body"}} for a 2xx answer, {@code {"ts_ms","status",
 * "error"}} for another status, {@code {"ts_ms","error"}} when no answer came.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"ts_ms", "status", "body", "error"})
public record ScrapeRecord(
        @JsonProperty("ts_ms") long tsMs,
        @JsonProperty("status") Integer status,
        @JsonProperty("body") String body,
        @JsonProperty("error") String error) {

    public static ScrapeRecord answered(long tsMs, int status, String body) {
        return status >= 200 && status < 300
                ? new ScrapeRecord(tsMs, status, body, null)
                : new ScrapeRecord(tsMs, status, null, "HTTP " + status);
    }

    public static ScrapeRecord failed(long tsMs, String error) {
        return new ScrapeRecord(tsMs, null, null, error);
    }

    public boolean succeeded() {
        return error == null;
    }
}
