package dev.stressgate.socialapp.auth;

import dev.stressgate.socialapp.db.ConstraintViolationException;
import dev.stressgate.socialapp.http.Access;
import dev.stressgate.socialapp.http.JsonBody;
import dev.stressgate.socialapp.http.RequestAttributes;
import dev.stressgate.socialapp.http.RouteGroup;
import dev.stressgate.socialapp.users.User;
import dev.stressgate.socialapp.users.UserRepository;
import io.javalin.http.ConflictResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UnauthorizedResponse;
import io.javalin.router.JavalinDefaultRouting;

/** Signup, login and WebSocket tickets. */
public final class AuthRoutes implements RouteGroup {

    private final UserRepository users;
    private final PasswordHasher hasher;
    private final TokenService tokens;
    private final TicketService tickets;
    private final JsonBody body;

    public AuthRoutes(
            UserRepository users, PasswordHasher hasher, TokenService tokens, TicketService tickets, JsonBody body) {
        this.users = users;
        this.hasher = hasher;
        this.tokens = tokens;
        this.tickets = tickets;
        this.body = body;
    }

    @Override
    public void register(JavalinDefaultRouting router) {
        router.post("/api/auth/signup", this::signup, Access.PUBLIC);
        router.post("/api/auth/login", this::login, Access.PUBLIC);
        router.post("/api/ws/ticket", this::ticket, Access.USER);
    }

    private void signup(Context ctx) {
        AuthRequests.Signup request = body.read(ctx, AuthRequests.Signup.class).validated();
        if (users.usernameOrEmailTaken(request.username(), request.email())) {
            throw new ConflictResponse("username or email already registered");
        }
        User user;
        try {
            user = users.create(request.username(), request.email(), hasher.hash(request.password()));
        } catch (ConstraintViolationException e) {
            throw new ConflictResponse("username or email already registered");
        }
        ctx.status(HttpStatus.CREATED).json(new AuthRequests.Session(tokens.issue(user.id()), user));
    }

    private void login(Context ctx) {
        AuthRequests.Login request = body.read(ctx, AuthRequests.Login.class).validated();
        UserRepository.Credentials credentials =
                users.credentialsByEmail(request.email()).orElse(null);
        if (credentials == null) {
            hasher.burnEquivalentWork(request.password());
            throw new UnauthorizedResponse("invalid email or password");
        }
        if (!hasher.matches(request.password(), credentials.passwordHash())) {
            throw new UnauthorizedResponse("invalid email or password");
        }
        User user = credentials.user();
        ctx.json(new AuthRequests.Session(tokens.issue(user.id()), user));
    }

    private void ticket(Context ctx) {
        ctx.json(tickets.issue(RequestAttributes.userId(ctx)));
    }
}
