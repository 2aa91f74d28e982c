package dev.stressgate.report.gatling;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * The seconds in which one request (name within group path) had at least one KO response: the per-endpoint error
 * timeline, sparse. Seconds without a KO are left out; the request's responses in them are its total
 * ({@link GroupedRequestStats#stats()} count) minus those listed here.
 *
 * @param seconds in time order
 */
public record RequestErrorSeconds(String name, List<String> group, List<ErrorSecond> seconds) {

    public RequestErrorSeconds {
        group = List.copyOf(group);
        seconds = List.copyOf(seconds);
    }

    /**
     * One second with KOs, written as {@code [second, errors, responses]} to keep a long run's file small; {@code int}
     * like the counters they come from, to keep a long run's summary small in memory too.
     *
     * @param second 0-based second index since run start, as in {@link SecondBucket#second()}
     * @param errors KO responses of the request received in that second
     * @param responses all responses (OK and KO) of the request received in that second
     */
    @JsonFormat(shape = JsonFormat.Shape.ARRAY)
    @JsonPropertyOrder({"second", "errors", "responses"})
    public record ErrorSecond(int second, int errors, int responses) {}
}
