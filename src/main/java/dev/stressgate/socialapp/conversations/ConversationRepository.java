package dev.stressgate.socialapp.conversations;

import dev.stressgate.socialapp.db.Database;
import dev.stressgate.socialapp.db.Rows;
import dev.stressgate.socialapp.db.SqlSession;
import dev.stressgate.socialapp.users.Notifications;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Conversations, their participants, messages and read markers. */
public final class ConversationRepository {

    private static final String MESSAGE_COLUMNS = "id, conversation_id, sender_id, content, message_type, created_at";

    private final Database database;

    public ConversationRepository(Database database) {
        this.database = database;
    }

    /** The direct conversation of the pair, created when missing. */
    public Opened openDirect(long me, long other) {
        return database.transaction("conversation_open", session -> {
            String pair = Rows.pairKey(me, other);
            Optional<Long> existing =
                    session.one("SELECT id FROM conversations WHERE pair_key = ?", row -> row.getLong(1), pair);
            if (existing.isPresent()) {
                return new Opened(existing.get(), false);
            }
            long id = session.insert("INSERT INTO conversations (is_group, pair_key) VALUES (FALSE, ?)", pair);
            addParticipants(session, id, List.of(me, other));
            return new Opened(id, true);
        });
    }

    public long createGroup(Collection<Long> participantIds) {
        return database.transaction("conversation_create_group", session -> {
            long id = session.insert("INSERT INTO conversations (is_group) VALUES (TRUE)");
            addParticipants(session, id, participantIds);
            return id;
        });
    }

    /** Participant ids of a conversation; empty when it does not exist. */
    public Optional<List<Long>> participants(long conversationId) {
        return database.run("conversation_participants", session -> {
            List<Long> ids = session.list(
                    "SELECT user_id FROM conversation_participants WHERE conversation_id = ?",
                    row -> row.getLong(1),
                    conversationId);
            return ids.isEmpty() ? Optional.empty() : Optional.of(ids);
        });
    }

    /** One conversation of the user, with its participants and unread count; empty when the user is not in it. */
    public Optional<Conversation> forUser(long conversationId, long userId) {
        return database.run(
                "conversation_list",
                session ->
                        conversations(session, userId, conversationId).stream().findFirst());
    }

    public List<Conversation> listFor(long userId) {
        return database.run("conversation_list", session -> conversations(session, userId, null));
    }

    /** The user's conversations, newest activity first; only {@code onlyId} when it is given. */
    private static List<Conversation> conversations(SqlSession session, long userId, Long onlyId) throws SQLException {
        Object[] params = onlyId == null ? new Object[] {userId} : new Object[] {userId, onlyId};
        Map<Long, List<Conversation.Participant>> participants = new LinkedHashMap<>();
        session.list(
                "SELECT p.conversation_id, u.id, u.username FROM conversation_participants p"
                        + " JOIN users u ON u.id = p.user_id WHERE p.conversation_id IN"
                        + " (SELECT conversation_id FROM conversation_participants WHERE user_id = ?)"
                        + (onlyId == null ? "" : " AND p.conversation_id = ?")
                        + " ORDER BY p.conversation_id, u.id",
                row -> participants
                        .computeIfAbsent(row.getLong(1), k -> new ArrayList<>())
                        .add(new Conversation.Participant(row.getLong(2), row.getString(3))),
                params);
        return session.list(
                "SELECT c.id, c.is_group, c.last_message_at,"
                        + " (SELECT COUNT(*) FROM messages m WHERE m.conversation_id = c.id"
                        + "  AND m.id > p.last_read_message_id AND m.sender_id <> p.user_id) AS unread"
                        + " FROM conversations c JOIN conversation_participants p ON p.conversation_id = c.id"
                        + " WHERE p.user_id = ?" + (onlyId == null ? "" : " AND c.id = ?")
                        + " ORDER BY c.last_message_at DESC NULLS LAST, c.id DESC",
                row -> new Conversation(
                        row.getLong("id"),
                        row.getBoolean("is_group"),
                        participants.getOrDefault(row.getLong("id"), List.of()),
                        row.getLong("unread"),
                        Rows.instant(row, "last_message_at")),
                params);
    }

    /** Stores a message, moves the conversation's clock and notifies the other participants. */
    public Message addMessage(
            long conversationId, long senderId, String content, String messageType, List<Long> participantIds) {
        return database.transaction("message_insert", session -> {
            long id = session.insert(
                    "INSERT INTO messages (conversation_id, sender_id, content, message_type)" + " VALUES (?, ?, ?, ?)",
                    conversationId,
                    senderId,
                    content,
                    messageType);
            session.update("UPDATE conversations SET last_message_at = CURRENT_TIMESTAMP WHERE id = ?", conversationId);
            session.update(
                    "UPDATE conversation_participants SET last_read_message_id = ?"
                            + " WHERE conversation_id = ? AND user_id = ?",
                    id,
                    conversationId,
                    senderId);
            for (long participant : participantIds) {
                Notifications.add(session, participant, "message", senderId, conversationId);
            }
            return session.one(
                            "SELECT " + MESSAGE_COLUMNS + " FROM messages WHERE id = ?",
                            ConversationRepository::message,
                            id)
                    .orElseThrow();
        });
    }

    /** The newest {@code limit} messages, oldest first. */
    public List<Message> messages(long conversationId, int limit) {
        return database.run(
                "message_list",
                session -> session.list(
                        "SELECT * FROM (SELECT " + MESSAGE_COLUMNS + " FROM messages WHERE conversation_id = ?"
                                + " ORDER BY id DESC LIMIT ?) ORDER BY id",
                        ConversationRepository::message,
                        conversationId,
                        limit));
    }

    /** Marks everything up to the newest message read; returns that message id (0 when none). */
    public long markRead(long conversationId, long userId) {
        return database.transaction("conversation_read", session -> {
            long newest = session.count(
                    "SELECT COALESCE(MAX(id), 0) FROM messages WHERE conversation_id = ?", conversationId);
            session.update(
                    "UPDATE conversation_participants SET last_read_message_id = ?"
                            + " WHERE conversation_id = ? AND user_id = ?",
                    newest,
                    conversationId,
                    userId);
            return newest;
        });
    }

    private static void addParticipants(SqlSession session, long conversationId, Collection<Long> userIds)
            throws SQLException {
        for (long userId : userIds) {
            session.update(
                    "INSERT INTO conversation_participants (conversation_id, user_id) VALUES (?, ?)",
                    conversationId,
                    userId);
        }
    }

    private static Message message(ResultSet row) throws SQLException {
        return new Message(
                row.getLong("id"),
                row.getLong("conversation_id"),
                row.getLong("sender_id"),
                row.getString("content"),
                row.getString("message_type"),
                Rows.instant(row, "created_at"));
    }

    /** A conversation id and whether this call created it. */
    public record Opened(long id, boolean created) {}
}
