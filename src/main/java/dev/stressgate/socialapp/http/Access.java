package dev.stressgate.socialapp.http;

import io.javalin.security.RouteRole;

/** Who may call a route. Every route is registered with exactly one. */
public enum Access implements RouteRole {
    /** Anyone: signup, login, health, metrics. */
    PUBLIC,
    /** A caller with a valid bearer token (every other {@code /api} route). */
    USER,
    /** A caller on the loopback interface (the fault admin routes). */
    LOOPBACK
}
