package dev.stressgate.socialapp;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stressgate.socialapp.auth.AuthRoutes;
import dev.stressgate.socialapp.auth.PasswordHasher;
import dev.stressgate.socialapp.auth.TicketService;
import dev.stressgate.socialapp.auth.TokenService;
import dev.stressgate.socialapp.chat.ChatHub;
import dev.stressgate.socialapp.chat.ChatSocket;
import dev.stressgate.socialapp.config.SocialAppConfig;
import dev.stressgate.socialapp.conversations.ConversationRepository;
import dev.stressgate.socialapp.conversations.ConversationRoutes;
import dev.stressgate.socialapp.conversations.MessageService;
import dev.stressgate.socialapp.db.Database;
import dev.stressgate.socialapp.db.Schema;
import dev.stressgate.socialapp.faults.ActiveFaults;
import dev.stressgate.socialapp.faults.FaultAdminRoutes;
import dev.stressgate.socialapp.faults.FaultFile;
import dev.stressgate.socialapp.friends.FriendRepository;
import dev.stressgate.socialapp.friends.FriendRoutes;
import dev.stressgate.socialapp.games.GameRoomRepository;
import dev.stressgate.socialapp.games.GameRoutes;
import dev.stressgate.socialapp.games.GameSocket;
import dev.stressgate.socialapp.health.HealthRoutes;
import dev.stressgate.socialapp.http.JsonBody;
import dev.stressgate.socialapp.http.JsonMapperFactory;
import dev.stressgate.socialapp.http.RequestRecorder;
import dev.stressgate.socialapp.http.RouteCatalog;
import dev.stressgate.socialapp.http.RouteGroup;
import dev.stressgate.socialapp.logging.InstanceLogging;
import dev.stressgate.socialapp.metrics.AppMetrics;
import dev.stressgate.socialapp.metrics.MetricsRoute;
import dev.stressgate.socialapp.posts.PostRepository;
import dev.stressgate.socialapp.posts.PostRoutes;
import dev.stressgate.socialapp.users.UserRepository;
import dev.stressgate.socialapp.users.UserRoutes;
import dev.stressgate.socialapp.ws.FrameWriter;
import dev.stressgate.socialapp.ws.TicketGate;
import io.javalin.Javalin;
import io.javalin.util.JavalinBindException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import net.logstash.logback.marker.Markers;
import org.slf4j.Logger;

/**
 * One running reference social app: HTTP + WebSocket server, database, metrics registry and log file of
 * its own, so several can run in one JVM. Start with {@link #start(SocialAppConfig)}, stop with
 * {@link #close()}.
 */
public final class SocialApp implements AutoCloseable {

    private static final AtomicInteger INSTANCES = new AtomicInteger();

    private final SocialAppConfig config;
    private final InstanceLogging logging;
    private final Database database;
    private final RouteCatalog catalog;
    private final Javalin server;

    private SocialApp(
            SocialAppConfig config, InstanceLogging logging, Database database, RouteCatalog catalog, Javalin server) {
        this.config = config;
        this.logging = logging;
        this.database = database;
        this.catalog = catalog;
        this.server = server;
    }

    /**
     * Starts an instance and returns once it accepts connections.
     *
     * @throws SocialAppStartException when the port is taken or the database cannot be prepared
     */
    public static SocialApp start(SocialAppConfig config) {
        int instance = INSTANCES.incrementAndGet();
        ObjectMapper mapper = JsonMapperFactory.create();
        ActiveFaults faults = new ActiveFaults(FaultFile.read(mapper, config.faultsFile()));
        InstanceLogging logging;
        try {
            logging = new InstanceLogging(config.logFile(), config.logToConsole(), Integer.toString(instance));
        } catch (UncheckedIOException e) {
            throw new SocialAppStartException(e.getMessage(), e);
        }
        AppMetrics metrics = new AppMetrics();
        List<AutoCloseable> opened = new ArrayList<>(List.of(logging));
        try {
            Database database = new Database(config.database(), "socialapp-" + instance, metrics, faults);
            opened.add(0, database);
            Schema.create(database);
            RouteCatalog catalog = new RouteCatalog();
            RequestRecorder recorder = new RequestRecorder(logging.requests(), metrics);
            List<RouteGroup> groups =
                    routeGroups(config, mapper, metrics, faults, database, recorder, logging.events());
            Javalin server = new ServerFactory(config, mapper, faults, logging.events(), recorder, catalog)
                    .create(database, groups);
            opened.add(0, server::stop);
            server.start(config.host(), config.port());
            SocialApp app = new SocialApp(config, logging, database, catalog, server);
            logging.events()
                    .info(
                            Markers.appendEntries(Map.of(
                                    "host",
                                    config.host(),
                                    "port",
                                    app.port(),
                                    "log_file",
                                    app.logFile().toString())),
                            "app started");
            return app;
        } catch (JavalinBindException e) {
            closeQuietly(opened);
            throw new SocialAppStartException(
                    "port " + config.port() + " on " + config.host() + " is already in use", e);
        } catch (RuntimeException e) {
            closeQuietly(opened);
            throw new SocialAppStartException("cannot start: " + e.getMessage(), e);
        }
    }

    private static List<RouteGroup> routeGroups(
            SocialAppConfig config,
            ObjectMapper mapper,
            AppMetrics metrics,
            ActiveFaults faults,
            Database database,
            RequestRecorder recorder,
            Logger events) {
        JsonBody body = new JsonBody(mapper, config.maxRequestBytes());
        UserRepository users = new UserRepository(database);
        TokenService tokens = new TokenService(database);
        TicketService tickets = new TicketService(config.ticketTtl());
        TicketGate gate = new TicketGate(tickets, metrics, recorder);
        ConversationRepository conversations = new ConversationRepository(database);
        MessageService messages = new MessageService(conversations, metrics);
        ChatHub chat = new ChatHub(new FrameWriter(mapper));
        GameRoomRepository rooms = new GameRoomRepository(database);
        return List.of(
                new AuthRoutes(users, new PasswordHasher(config.passwordIterations()), tokens, tickets, body),
                new UserRoutes(users, database),
                new PostRoutes(new PostRepository(database), body),
                new FriendRoutes(new FriendRepository(database), users),
                new ConversationRoutes(conversations, messages, users, chat, body),
                new GameRoutes(rooms, body),
                new ChatSocket(chat, messages, gate, mapper, metrics, faults, events, config),
                new GameSocket(rooms, gate, mapper, metrics, faults, events, config),
                new HealthRoutes(database),
                new MetricsRoute(metrics),
                new FaultAdminRoutes(faults, body, events));
    }

    public int port() {
        return server.port();
    }

    public String baseUrl() {
        String host = config.host().contains(":") ? "[" + config.host() + "]" : config.host();
        return "http://" + host + ":" + port();
    }

    public Path logFile() {
        return logging.file();
    }

    /** The endpoints Javalin registered for this instance (HTTP and WebSocket). */
    public List<RouteCatalog.RegisteredRoute> routes() {
        return catalog.routes();
    }

    @Override
    public void close() {
        logging.events().info("app stopping");
        server.stop();
        database.close();
        logging.close();
    }

    private static void closeQuietly(List<AutoCloseable> resources) {
        for (AutoCloseable resource : resources) {
            try {
                resource.close();
            } catch (Exception suppressed) {
                // start-up already failed; the original exception is the one worth reporting
            }
        }
    }
}
