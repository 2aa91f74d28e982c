package dev.stressgate.socialapp.conversations;

/** A message in a conversation (DM over HTTP or chat over the WebSocket). */
public record Message(
        long id, long conversationId, long senderId, String content, String messageType, String createdAt) {}
