package dev.stressgate.socialapp.http;

import io.javalin.event.HandlerMetaInfo;
import io.javalin.event.WsHandlerMetaInfo;
import io.javalin.http.HandlerType;
import io.javalin.security.RouteRole;
import io.javalin.websocket.WsHandlerType;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Every endpoint Javalin actually registered, captured from its handler-added events (so nothing can be
 * registered behind its back). Tests use it to check that each {@code /api} route is guarded.
 */
public final class RouteCatalog {

    private final List<RegisteredRoute> routes = new CopyOnWriteArrayList<>();

    public void httpHandlerAdded(HandlerMetaInfo info) {
        if (isEndpoint(info.getHttpMethod())) {
            routes.add(new RegisteredRoute(info.getHttpMethod().name(), info.getPath(), false, info.getRoles()));
        }
    }

    public void wsHandlerAdded(WsHandlerMetaInfo info) {
        if (info.getHandlerType() == WsHandlerType.WEBSOCKET) {
            routes.add(new RegisteredRoute("GET", info.getPath(), true, info.getRoles()));
        }
    }

    public List<RegisteredRoute> routes() {
        return List.copyOf(routes);
    }

    private static boolean isEndpoint(HandlerType type) {
        return type.isHttpMethod();
    }

    /** One registered endpoint; {@code websocket} routes are GET upgrades. */
    public record RegisteredRoute(String method, String path, boolean websocket, Set<RouteRole> roles) {
        public RegisteredRoute {
            roles = Set.copyOf(roles);
        }
    }
}
