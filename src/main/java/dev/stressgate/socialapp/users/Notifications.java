package dev.stressgate.socialapp.users;

import dev.stressgate.socialapp.db.Rows;
import dev.stressgate.socialapp.db.SqlSession;
import java.sql.SQLException;
import java.util.List;

/** Notifications addressed to a user: likes, comments, friend requests and acceptances, messages. */
public final class Notifications {

    private Notifications() {}

    /** Adds a notification inside the caller's transaction; nothing is recorded for acting on oneself. */
    public static void add(SqlSession session, long userId, String type, long actorId, long subjectId)
            throws SQLException {
        if (userId == actorId) {
            return;
        }
        session.update(
                "INSERT INTO notifications (user_id, type, actor_id, subject_id) VALUES (?, ?, ?, ?)",
                userId,
                type,
                actorId,
                subjectId);
    }

    public static List<Notification> latest(SqlSession session, long userId, int limit) throws SQLException {
        return session.list(
                "SELECT id, type, actor_id, subject_id, created_at FROM notifications"
                        + " WHERE user_id = ? ORDER BY id DESC LIMIT ?",
                row -> new Notification(
                        row.getLong("id"),
                        row.getString("type"),
                        row.getLong("actor_id"),
                        row.getLong("subject_id"),
                        Rows.instant(row, "created_at")),
                userId,
                limit);
    }

    /** A notification as the API shows it; {@code subject_id} is the post, request or conversation. */
    public record Notification(long id, String type, long actorId, long subjectId, String createdAt) {}
}
