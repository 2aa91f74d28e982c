package dev.stressgate.socialapp;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stressgate.socialapp.auth.TokenService;
import dev.stressgate.socialapp.config.RateLimitSettings;
import dev.stressgate.socialapp.config.SocialAppConfig;
import dev.stressgate.socialapp.db.Database;
import dev.stressgate.socialapp.faults.ActiveFaults;
import dev.stressgate.socialapp.faults.FaultFilter;
import dev.stressgate.socialapp.http.AccessFilter;
import dev.stressgate.socialapp.http.ErrorAnswers;
import dev.stressgate.socialapp.http.RequestAttributes;
import dev.stressgate.socialapp.http.RequestIds;
import dev.stressgate.socialapp.http.RequestRecorder;
import dev.stressgate.socialapp.http.RouteCatalog;
import dev.stressgate.socialapp.http.RouteGroup;
import dev.stressgate.socialapp.http.Routes;
import dev.stressgate.socialapp.ratelimit.RateLimiter;
import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;

/** Builds the Javalin server: JSON mapper, filters in order, route groups, error answers, request recording. */
final class ServerFactory {

    private final SocialAppConfig config;
    private final ObjectMapper mapper;
    private final ActiveFaults faults;
    private final Logger events;
    private final RequestRecorder recorder;
    private final RouteCatalog catalog;

    ServerFactory(
            SocialAppConfig config,
            ObjectMapper mapper,
            ActiveFaults faults,
            Logger events,
            RequestRecorder recorder,
            RouteCatalog catalog) {
        this.config = config;
        this.mapper = mapper;
        this.faults = faults;
        this.events = events;
        this.recorder = recorder;
        this.catalog = catalog;
    }

    Javalin create(Database database, List<RouteGroup> groups) {
        RateLimiter rateLimiter = new RateLimiter(
                config.rateLimit(),
                () -> faults.rateLimit()
                        .map(limit ->
                                new RateLimitSettings(true, limit.requests(), Duration.ofSeconds(limit.windowS()))));
        AccessFilter access = new AccessFilter(new TokenService(database), rateLimiter);
        FaultFilter faultFilter = new FaultFilter(faults);
        return Javalin.create(cfg -> {
            cfg.showJavalinBanner = false;
            cfg.startupWatcherEnabled = false;
            cfg.jsonMapper(new JavalinJackson(mapper, false));
            cfg.http.maxRequestSize = config.maxRequestBytes();
            cfg.events.handlerAdded(catalog::httpHandlerAdded);
            cfg.events.wsHandlerAdded(catalog::wsHandlerAdded);
            cfg.requestLogger.http((ctx, millis) -> recorder.record(
                    ctx.method().name(),
                    Routes.templateOf(ctx),
                    ctx.statusCode(),
                    millis,
                    RequestAttributes.requestId(ctx),
                    RequestAttributes.userIdOrNull(ctx)));
            cfg.router.mount(router -> {
                router.before(RequestIds::assign);
                router.beforeMatched(access);
                router.beforeMatched(faultFilter);
                groups.forEach(group -> group.register(router));
                new ErrorAnswers(events).register(router);
            });
        });
    }
}
