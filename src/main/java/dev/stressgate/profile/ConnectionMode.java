package dev.stressgate.profile;

import java.util.Arrays;
import java.util.List;

/**
 * How a realtime virtual user uses its chat socket. SESSION: connects once after signing up, keeps the socket for
 * its whole session with heartbeats, reconnects with back-off when it drops and runs its chat actions over it.
 * PER_ACTION: opens a socket for each chat action and closes it again (the behaviour before connected sessions).
 */
public enum ConnectionMode {
    SESSION("session"),
    PER_ACTION("per_action");

    private final String id;

    ConnectionMode(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static List<String> ids() {
        return Arrays.stream(values()).map(ConnectionMode::id).toList();
    }
}
