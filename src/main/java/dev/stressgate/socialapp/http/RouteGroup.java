package dev.stressgate.socialapp.http;

import io.javalin.router.JavalinDefaultRouting;

/** One area's endpoints; each registers every route with an {@link Access} role. */
public interface RouteGroup {
    void register(JavalinDefaultRouting router);
}
