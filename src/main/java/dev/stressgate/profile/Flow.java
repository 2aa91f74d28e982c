package dev.stressgate.profile;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A user flow. Its id is the Gatling group name and the prefix of its request names ({@code feed: list posts}).
 * Each flow belongs to one population: auth runs the auth lifecycle, social the HTTP flows, realtime the WebSockets.
 */
public enum Flow {
    AUTH("auth", PopulationName.AUTH),
    FEED("feed", PopulationName.SOCIAL),
    POSTS("posts", PopulationName.SOCIAL),
    COMMENTS_LIKES("comments_likes", PopulationName.SOCIAL),
    FRIENDS("friends", PopulationName.SOCIAL),
    DMS("dms", PopulationName.SOCIAL),
    CHAT_WS("chat_ws", PopulationName.REALTIME),
    GAME_WS("game_ws", PopulationName.REALTIME);

    private final String id;
    private final PopulationName population;

    Flow(String id, PopulationName population) {
        this.id = id;
        this.population = population;
    }

    public String id() {
        return id;
    }

    public PopulationName population() {
        return population;
    }

    /** Flows that take part in the weighted action mix (every flow but the auth lifecycle). */
    public static List<Flow> mixable() {
        return Arrays.stream(values()).filter(flow -> flow != AUTH).toList();
    }

    public static Optional<Flow> byId(String id) {
        return Arrays.stream(values()).filter(flow -> flow.id.equals(id)).findFirst();
    }
}
