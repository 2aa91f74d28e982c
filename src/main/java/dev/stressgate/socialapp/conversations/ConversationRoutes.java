package dev.stressgate.socialapp.conversations;

import dev.stressgate.socialapp.chat.ChatHub;
import dev.stressgate.socialapp.http.Access;
import dev.stressgate.socialapp.http.Fields;
import dev.stressgate.socialapp.http.JsonBody;
import dev.stressgate.socialapp.http.Params;
import dev.stressgate.socialapp.http.RequestAttributes;
import dev.stressgate.socialapp.http.RouteGroup;
import dev.stressgate.socialapp.users.UserRepository;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import io.javalin.router.JavalinDefaultRouting;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Direct and group conversations over HTTP. */
public final class ConversationRoutes implements RouteGroup {

    private static final Set<String> MESSAGE_TYPES = Set.of("text");
    private static final int MAX_PARTICIPANTS = 50;

    private final ConversationRepository conversations;
    private final MessageService messages;
    private final UserRepository users;
    private final ChatHub chat;
    private final JsonBody body;

    public ConversationRoutes(
            ConversationRepository conversations,
            MessageService messages,
            UserRepository users,
            ChatHub chat,
            JsonBody body) {
        this.conversations = conversations;
        this.messages = messages;
        this.users = users;
        this.chat = chat;
        this.body = body;
    }

    @Override
    public void register(JavalinDefaultRouting router) {
        router.post("/api/conversations", this::open, Access.USER);
        router.get("/api/conversations", this::list, Access.USER);
        router.post("/api/conversations/{id}/messages", this::send, Access.USER);
        router.get("/api/conversations/{id}/messages", this::history, Access.USER);
        router.post("/api/conversations/{id}/read", this::read, Access.USER);
    }

    private void open(Context ctx) {
        long me = RequestAttributes.userId(ctx);
        NewConversation request = body.read(ctx, NewConversation.class);
        Set<Long> others = otherParticipants(request, me);
        boolean group = Boolean.TRUE.equals(request.isGroup());
        if (!group && others.size() != 1) {
            throw new BadRequestResponse("a direct conversation needs exactly one other participant_id");
        }
        long id;
        boolean created = true;
        if (group) {
            Set<Long> all = new LinkedHashSet<>(others);
            all.add(me);
            id = conversations.createGroup(all);
        } else {
            ConversationRepository.Opened opened =
                    conversations.openDirect(me, others.iterator().next());
            id = opened.id();
            created = opened.created();
        }
        ctx.status(created ? HttpStatus.CREATED : HttpStatus.OK)
                .json(conversations.forUser(id, me).orElseThrow());
    }

    private Set<Long> otherParticipants(NewConversation request, long me) {
        List<Long> ids = request.participantIds();
        if (ids == null || ids.isEmpty() || ids.size() > MAX_PARTICIPANTS) {
            throw new BadRequestResponse("participant_ids must list 1-" + MAX_PARTICIPANTS + " user ids");
        }
        Set<Long> others = new LinkedHashSet<>();
        for (Long id : ids) {
            long userId = Fields.positiveId("participant_ids", id);
            if (userId != me) {
                others.add(userId);
            }
        }
        if (others.isEmpty()) {
            throw new BadRequestResponse("participant_ids must name someone other than yourself");
        }
        for (long id : others) {
            if (!users.exists(id)) {
                throw new NotFoundResponse("user " + id + " not found");
            }
        }
        return others;
    }

    private void list(Context ctx) {
        ctx.json(conversations.listFor(RequestAttributes.userId(ctx)));
    }

    private void send(Context ctx) {
        long conversationId = Params.id(ctx, "id");
        NewMessage request = body.read(ctx, NewMessage.class);
        String content = Fields.text("content", request.content(), 10_000);
        String type = Fields.oneOf("message_type", request.messageType(), "text", MESSAGE_TYPES);
        Message message = messages.send(conversationId, RequestAttributes.userId(ctx), content, type, "dm");
        chat.deliver(message, null);
        ctx.status(HttpStatus.CREATED).json(message);
    }

    private void history(Context ctx) {
        long conversationId = Params.id(ctx, "id");
        int limit = Params.limit(ctx, 50, 200);
        messages.requireParticipant(conversationId, RequestAttributes.userId(ctx));
        ctx.json(conversations.messages(conversationId, limit));
    }

    private void read(Context ctx) {
        long conversationId = Params.id(ctx, "id");
        long userId = RequestAttributes.userId(ctx);
        long lastRead = messages.markRead(conversationId, userId);
        chat.announceRead(conversationId, userId);
        ctx.json(Map.of("conversation_id", conversationId, "last_read_message_id", lastRead));
    }

    record NewConversation(Boolean isGroup, List<Long> participantIds) {}

    record NewMessage(String content, String messageType) {}
}
