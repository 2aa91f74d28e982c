package dev.stressgate.report.gatling;

import java.util.List;

/**
 * How often one error message occurred.
 *
 * @param count KO responses with this message plus non-request error records (crashed session code)
 * @param requests the requests that failed with this message, most frequent first; empty for non-request errors
 */
public record ErrorMessageCount(String message, long count, List<ErrorSource> requests) {

    public ErrorMessageCount {
        requests = List.copyOf(requests);
    }

    /** One request (name within group path) that failed with the message, and how often. */
    public record ErrorSource(String name, List<String> group, long count) {

        public ErrorSource {
            group = List.copyOf(group);
        }
    }
}
