package dev.stressgate.socialapp.chat;

import dev.stressgate.socialapp.conversations.Message;

/** Server frames of the chat WebSocket. */
final class ChatFrames {

    private ChatFrames() {}

    record Joined(String type, long conversationId) {
        Joined(long conversationId) {
            this("joined", conversationId);
        }
    }

    record Delivered(
            String type,
            long conversationId,
            long id,
            long senderId,
            String content,
            String clientMsgId,
            String createdAt) {
        Delivered(Message message, String clientMsgId) {
            this(
                    "message",
                    message.conversationId(),
                    message.id(),
                    message.senderId(),
                    message.content(),
                    clientMsgId,
                    message.createdAt());
        }
    }

    record Read(String type, long conversationId, long userId) {
        Read(long conversationId, long userId) {
            this("read", conversationId, userId);
        }
    }
}
