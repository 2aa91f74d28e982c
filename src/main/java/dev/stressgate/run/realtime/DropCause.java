package dev.stressgate.run.realtime;

/**
 * Why a held socket was lost, as the injector sees it. Gatling's public API does not expose the close code, so the
 * classes are what a client can tell apart: the socket was already gone when the next frame was sent or awaited
 * (the server or the network closed it), no answer came within the frame timeout, or reconnecting failed.
 */
public enum DropCause {
    SERVER_CLOSE("server_close"),
    TIMEOUT("timeout"),
    ERROR("error");

    private final String id;

    DropCause(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}
