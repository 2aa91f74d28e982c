package dev.stressgate.socialapp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stressgate.socialapp.ApiClient.Reply;
import dev.stressgate.socialapp.ApiClient.Session;
import dev.stressgate.socialapp.http.RouteCatalog.RegisteredRoute;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Every {@code /api} route the app actually registered (taken from Javalin's handler-added events, so a
 * new route is included automatically) refuses callers without a valid token or ticket.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RouteGuardIT {

    private static final Set<String> OPEN_API_ROUTES = Set.of("POST /api/auth/signup", "POST /api/auth/login");

    private SocialApp app;
    private ApiClient api;

    @BeforeAll
    void start() {
        app = TestApps.start("guard", config -> config.ticketTtl(Duration.ofSeconds(1)));
        api = new ApiClient(app.baseUrl());
    }

    @AfterAll
    void stop() {
        app.close();
    }

    @Test
    void everyRegisteredApiRouteExceptSignupAndLoginNeedsAToken() {
        List<RegisteredRoute> guarded = app.routes().stream()
                .filter(route -> route.path().startsWith("/api/"))
                .filter(route -> !OPEN_API_ROUTES.contains(route.method() + " " + route.path()))
                .toList();
        assertThat(guarded).hasSizeGreaterThanOrEqualTo(23);
        assertThat(guarded)
                .extracting(RegisteredRoute::path)
                .contains("/api/ws/chat", "/api/ws/game", "/api/posts/{id}/like", "/api/friends/requests/{id}/accept");
        for (RegisteredRoute route : guarded) {
            String path = route.path().replaceAll("\\{[^}]+}", "1");
            if (route.websocket()) {
                assertThat(WsClient.handshakeStatus(wsUrl(path + "?room_id=1")))
                        .as("WebSocket %s without a ticket", route.path())
                        .isEqualTo(401);
                assertThat(WsClient.handshakeStatus(wsUrl(path + "?room_id=1&ticket=forged")))
                        .as("WebSocket %s with a forged ticket", route.path())
                        .isEqualTo(401);
            } else {
                Reply anonymous = api.send(route.method(), path, null, "{}");
                assertThat(anonymous.status())
                        .as("%s %s without a token", route.method(), route.path())
                        .isEqualTo(401);
                Reply forged = api.send(route.method(), path, "not-a-real-token", "{}");
                assertThat(forged.status())
                        .as("%s %s with a forged token", route.method(), route.path())
                        .isEqualTo(401);
            }
        }
    }

    @Test
    void signupAndLoginAreOpen() {
        assertThat(api.post("/api/auth/signup", null, Map.of()).status()).isEqualTo(400);
        assertThat(api.post("/api/auth/login", null, Map.of()).status()).isEqualTo(400);
    }

    @Test
    void ticketIsSingleUse() {
        Session user = api.signup();
        String ticket = api.ticket(user);
        assertThat(WsClient.handshakeStatus(wsUrl("/api/ws/chat?ticket=" + ticket)))
                .isEqualTo(101);
        assertThat(WsClient.handshakeStatus(wsUrl("/api/ws/chat?ticket=" + ticket)))
                .isEqualTo(401);
    }

    @Test
    void expiredTicketIsRefused() throws InterruptedException {
        Session user = api.signup();
        String ticket = api.ticket(user);
        Thread.sleep(1_500);
        assertThat(WsClient.handshakeStatus(wsUrl("/api/ws/chat?ticket=" + ticket)))
                .isEqualTo(401);
    }

    @Test
    void rejectedUpgradesAreCounted() {
        WsClient.handshakeStatus(wsUrl("/api/ws/game?room_id=1&ticket=forged"));
        assertThat(MetricsText.value(
                        api.get("/metrics", null).body(),
                        "sanctum_websocket_connections_total{channel=\"game\",outcome=\"rejected\"}"))
                .isGreaterThan(0);
    }

    private String wsUrl(String path) {
        return app.baseUrl().replace("http://", "ws://") + path;
    }
}
