package dev.stressgate.report.analysis;

import java.util.List;

/**
 * The client's error timeline of one request name (rows of the same name in several groups summed): the seconds
 * with at least one KO, with that second's responses of the request, and the request's responses over the whole
 * run, which with the run's per-second responses gives the denominators of the seconds not listed.
 *
 * @param request   the request name
 * @param responses the request's responses over the run (OK and KO)
 * @param seconds   the seconds with KOs, in time order
 */
public record EndpointErrorSeconds(String request, long responses, List<Second> seconds) {

    public EndpointErrorSeconds {
        seconds = List.copyOf(seconds);
    }

    /** One second with KOs: its start, the request's KOs and all its responses received in it. */
    public record Second(long epochMs, int errors, int responses) {}
}
