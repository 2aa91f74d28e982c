package dev.stressgate.run.http;

import java.net.URI;

/**
 * An outbound call that gave no usable answer, typed so the caller can say the real cause. The message names the
 * cause and the address (without user info or query string, which may carry credentials or long queries).
 */
public final class OutboundFailure extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why the call failed. */
    public enum Kind {
        /** The server answered with a status the caller does not accept. */
        HTTP_STATUS,
        /** The body grew beyond the response-size cap; the read was aborted. */
        TOO_LARGE,
        /** No complete answer (connect, headers and body) within the total deadline. */
        DEADLINE,
        /** Nothing listens on the port. */
        CONNECTION_REFUSED,
        /** Unknown host or another network or protocol error. */
        UNREACHABLE,
        /** The calling thread was interrupted. */
        INTERRUPTED
    }

    private final Kind kind;
    private final String reason;
    private final Integer status;

    OutboundFailure(Kind kind, URI uri, String reason, Integer status, Throwable origin) {
        super(reason + (kind == Kind.HTTP_STATUS ? " from " : " at ") + displayed(uri), origin);
        this.kind = kind;
        this.reason = reason;
        this.status = status;
    }

    /** The failure for an answer whose status the caller does not accept ("HTTP 404 from http://host/metrics"). */
    public static OutboundFailure status(URI uri, int status) {
        return new OutboundFailure(Kind.HTTP_STATUS, uri, "HTTP " + status, status, null);
    }

    /** The cause of the failure, as a type (the message says it in words). */
    public Kind kind() {
        return kind;
    }

    /** The cause in words without the address, e.g. "body larger than 16 MiB". */
    public String reason() {
        return reason;
    }

    /** The HTTP status for {@link Kind#HTTP_STATUS}, else null. */
    public Integer status() {
        return status;
    }

    /** {@code scheme://host:port/path} of an address: no user info, query or fragment. */
    public static String displayed(URI uri) {
        String port = uri.getPort() < 0 ? "" : ":" + uri.getPort();
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        return uri.getScheme() + "://" + uri.getHost() + port + path;
    }
}
