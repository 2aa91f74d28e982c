package dev.stressgate.run.http;

import java.net.URI;

/** A complete answer within the deadline and the size cap: its status and its body decoded as UTF-8. */
public record HttpAnswer(URI uri, int status, String body) {

    public boolean successful() {
        return status / 100 == 2;
    }

    /** This answer when its status is 2xx, else the failure "HTTP 404 from ...". */
    public HttpAnswer requireSuccess() throws OutboundFailure {
        if (!successful()) {
            throw OutboundFailure.status(uri, status);
        }
        return this;
    }
}
