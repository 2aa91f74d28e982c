package dev.stressgate.socialapp.conversations;

import dev.stressgate.socialapp.metrics.AppMetrics;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.NotFoundResponse;
import java.util.List;

/** Membership checks and message sending shared by the DM routes and the chat WebSocket. */
public final class MessageService {

    private final ConversationRepository conversations;
    private final AppMetrics metrics;

    public MessageService(ConversationRepository conversations, AppMetrics metrics) {
        this.conversations = conversations;
        this.metrics = metrics;
    }

    /** The conversation's participants; 404 when it does not exist, 403 when the user is not one of them. */
    public List<Long> requireParticipant(long conversationId, long userId) {
        List<Long> participants = conversations
                .participants(conversationId)
                .orElseThrow(() -> new NotFoundResponse("conversation not found"));
        if (!participants.contains(userId)) {
            throw new ForbiddenResponse("not a participant of this conversation");
        }
        return participants;
    }

    /** Stores a message from a participant; {@code channel} is dm (HTTP) or chat (WebSocket). */
    public Message send(long conversationId, long senderId, String content, String messageType, String channel) {
        List<Long> participants = requireParticipant(conversationId, senderId);
        Message message = conversations.addMessage(conversationId, senderId, content, messageType, participants);
        metrics.messageAccepted(channel);
        return message;
    }

    public long markRead(long conversationId, long userId) {
        requireParticipant(conversationId, userId);
        return conversations.markRead(conversationId, userId);
    }
}
