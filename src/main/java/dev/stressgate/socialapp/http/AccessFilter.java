package dev.stressgate.socialapp.http;

import dev.stressgate.socialapp.auth.TokenService;
import dev.stressgate.socialapp.ratelimit.RateLimiter;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.Handler;
import io.javalin.http.HttpResponseException;
import io.javalin.http.UnauthorizedResponse;
import io.javalin.security.RouteRole;
import java.util.Set;

/**
 * Runs before every matched endpoint: enforces the route's {@link Access} (bearer token, loopback) and
 * the per-user rate limit. A route registered without an access role is refused (fail closed).
 */
public final class AccessFilter implements Handler {

    private final TokenService tokens;
    private final RateLimiter rateLimiter;

    public AccessFilter(TokenService tokens, RateLimiter rateLimiter) {
        this.tokens = tokens;
        this.rateLimiter = rateLimiter;
    }

    @Override
    public void handle(Context ctx) {
        Set<RouteRole> roles = ctx.routeRoles();
        if (roles.contains(Access.PUBLIC)) {
            return;
        }
        if (roles.contains(Access.LOOPBACK)) {
            if (!AdminAccess.permits(ctx.req().getRemoteAddr())) {
                throw new ForbiddenResponse("admin routes answer loopback callers only");
            }
            return;
        }
        if (!roles.contains(Access.USER)) {
            throw new UnauthorizedResponse("authentication required");
        }
        long userId = tokens.userFor(bearerToken(ctx))
                .orElseThrow(() -> new UnauthorizedResponse("missing or invalid bearer token"));
        RequestAttributes.userId(ctx, userId);
        RateLimiter.Decision decision = rateLimiter.tryAcquire(userId);
        if (!decision.allowed()) {
            ctx.header("Retry-After", Long.toString(decision.retryAfterSeconds()));
            throw new HttpResponseException(
                    429, "rate limit exceeded, retry after " + decision.retryAfterSeconds() + " s");
        }
    }

    private static String bearerToken(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        return header.substring(7).trim();
    }
}
