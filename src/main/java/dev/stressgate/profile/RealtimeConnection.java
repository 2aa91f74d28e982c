package dev.stressgate.profile;

/**
 * How the realtime population holds its sockets ({@code populations.realtime.connection}, {@code heartbeat_s},
 * {@code max_reconnect_backoff_s}).
 *
 * @param mode                        session-long socket or one socket per action
 * @param heartbeatSeconds            the longest a held socket stays silent: a heartbeat frame is sent when no frame
 *                                    was sent for this long (session mode)
 * @param maxReconnectBackoffSeconds  reconnect back-off doubles from 1 s up to this cap (session mode)
 */
public record RealtimeConnection(ConnectionMode mode, int heartbeatSeconds, int maxReconnectBackoffSeconds) {
    public static final RealtimeConnection DEFAULT = new RealtimeConnection(ConnectionMode.SESSION, 20, 30);

    public RealtimeConnection {
        if (heartbeatSeconds < 1 || maxReconnectBackoffSeconds < 1) {
            throw new IllegalArgumentException("heartbeat and back-off must be at least 1 s");
        }
    }

    public boolean heldForSession() {
        return mode == ConnectionMode.SESSION;
    }
}
