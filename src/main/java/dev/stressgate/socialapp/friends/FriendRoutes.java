package dev.stressgate.socialapp.friends;

import dev.stressgate.socialapp.http.Access;
import dev.stressgate.socialapp.http.Params;
import dev.stressgate.socialapp.http.RequestAttributes;
import dev.stressgate.socialapp.http.RouteGroup;
import dev.stressgate.socialapp.users.UserRepository;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.ConflictResponse;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import io.javalin.router.JavalinDefaultRouting;
import java.util.Map;

/** Friend requests, acceptance, status and the friend list. */
public final class FriendRoutes implements RouteGroup {

    private final FriendRepository friends;
    private final UserRepository users;

    public FriendRoutes(FriendRepository friends, UserRepository users) {
        this.friends = friends;
        this.users = users;
    }

    @Override
    public void register(JavalinDefaultRouting router) {
        router.post("/api/friends/requests/{userId}", this::request, Access.USER);
        router.get("/api/friends/requests", this::received, Access.USER);
        router.get("/api/friends/requests/sent", this::sent, Access.USER);
        router.post("/api/friends/requests/{id}/accept", this::accept, Access.USER);
        router.get("/api/friends/status/{userId}", this::status, Access.USER);
        router.get("/api/friends", this::list, Access.USER);
    }

    private void request(Context ctx) {
        long me = RequestAttributes.userId(ctx);
        long other = existingUser(ctx);
        if (other == me) {
            throw new BadRequestResponse("cannot send a friend request to yourself");
        }
        FriendRequest request = friends.request(me, other)
                .orElseThrow(() -> new ConflictResponse("a request is already pending or you are already friends"));
        ctx.status(HttpStatus.CREATED).json(request);
    }

    private void received(Context ctx) {
        ctx.json(friends.received(RequestAttributes.userId(ctx)));
    }

    private void sent(Context ctx) {
        ctx.json(friends.sent(RequestAttributes.userId(ctx)));
    }

    private void accept(Context ctx) {
        long me = RequestAttributes.userId(ctx);
        FriendRequest request =
                friends.byId(Params.id(ctx, "id")).orElseThrow(() -> new NotFoundResponse("friend request not found"));
        if (request.addresseeId() != me) {
            throw new ForbiddenResponse("only the addressee can accept a friend request");
        }
        if (!friends.accept(request)) {
            throw new ConflictResponse("friend request already accepted");
        }
        ctx.json(request.withStatus(FriendRepository.ACCEPTED));
    }

    private void status(Context ctx) {
        long other = existingUser(ctx);
        ctx.json(Map.of("status", friends.status(RequestAttributes.userId(ctx), other)));
    }

    private void list(Context ctx) {
        ctx.json(friends.friends(RequestAttributes.userId(ctx)));
    }

    private long existingUser(Context ctx) {
        long id = Params.id(ctx, "userId");
        if (!users.exists(id)) {
            throw new NotFoundResponse("user not found");
        }
        return id;
    }
}
