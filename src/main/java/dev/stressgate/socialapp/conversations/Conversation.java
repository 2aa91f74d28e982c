package dev.stressgate.socialapp.conversations;

import java.util.List;

/** A conversation as the caller sees it (unread count is the caller's). */
public record Conversation(
        long id, boolean isGroup, List<Participant> participants, long unreadCount, String lastMessageAt) {

    /** A participant's public identity. */
    public record Participant(long id, String username) {}
}
