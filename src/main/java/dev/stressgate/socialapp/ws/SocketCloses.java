package dev.stressgate.socialapp.ws;

import dev.stressgate.socialapp.faults.ActiveFaults;
import io.javalin.websocket.WsMessageContext;

/** Server-side ends of a socket shared by both channels: the code recorded for an error, the close fault. */
public final class SocketCloses {
    /** RFC 6455 1006: the session ended without a close frame (recorded when it ends by an error). */
    public static final int ABNORMAL_CLOSURE = 1006;

    private SocketCloses() {}

    /** Closes the socket instead of answering its frame when the {@code websocket_closes} fault says so. */
    public static boolean closedByFault(WsMessageContext ctx, ActiveFaults faults, String channel) {
        int code = faults.closeSocketInstead(channel);
        if (code == 0) {
            return false;
        }
        ctx.closeSession(code, "injected fault");
        return true;
    }
}
