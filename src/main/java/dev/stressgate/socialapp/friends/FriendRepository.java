package dev.stressgate.socialapp.friends;

import dev.stressgate.socialapp.db.Database;
import dev.stressgate.socialapp.db.Rows;
import dev.stressgate.socialapp.db.SqlSession;
import dev.stressgate.socialapp.users.Notifications;
import dev.stressgate.socialapp.users.User;
import dev.stressgate.socialapp.users.UserRepository;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** Friend requests between two users; at most one row per pair (either direction). */
public final class FriendRepository {

    public static final String PENDING = "pending";
    public static final String ACCEPTED = "accepted";
    private static final String COLUMNS = "id, requester_id, addressee_id, status, created_at";

    private final Database database;

    public FriendRepository(Database database) {
        this.database = database;
    }

    /** Creates a pending request; empty when the pair already has a request or friendship. */
    public Optional<FriendRequest> request(long requesterId, long addresseeId) {
        return database.transaction("friend_request_insert", session -> {
            String pair = Rows.pairKey(requesterId, addresseeId);
            if (session.count("SELECT COUNT(*) FROM friend_requests WHERE pair_key = ?", pair) > 0) {
                return Optional.empty();
            }
            long id = session.insert(
                    "INSERT INTO friend_requests (requester_id, addressee_id, pair_key, status)"
                            + " VALUES (?, ?, ?, ?)",
                    requesterId,
                    addresseeId,
                    pair,
                    PENDING);
            Notifications.add(session, addresseeId, "friend_request", requesterId, id);
            return byId(session, id);
        });
    }

    public Optional<FriendRequest> byId(long id) {
        return database.run("friend_request_by_id", session -> byId(session, id));
    }

    /** Marks a pending request accepted and notifies the requester; false when it was no longer pending. */
    public boolean accept(FriendRequest request) {
        return database.transaction("friend_request_accept", session -> {
            int changed = session.update(
                    "UPDATE friend_requests SET status = ? WHERE id = ? AND status = ?",
                    ACCEPTED,
                    request.id(),
                    PENDING);
            if (changed > 0) {
                Notifications.add(
                        session, request.requesterId(), "friend_accepted", request.addresseeId(), request.id());
            }
            return changed > 0;
        });
    }

    public List<FriendRequest> received(long userId) {
        return database.run(
                "friend_request_received",
                session -> session.list(
                        "SELECT " + COLUMNS
                                + " FROM friend_requests WHERE addressee_id = ? AND status = ? ORDER BY id DESC",
                        FriendRepository::request,
                        userId,
                        PENDING));
    }

    public List<FriendRequest> sent(long userId) {
        return database.run(
                "friend_request_sent",
                session -> session.list(
                        "SELECT " + COLUMNS
                                + " FROM friend_requests WHERE requester_id = ? AND status = ? ORDER BY id DESC",
                        FriendRepository::request,
                        userId,
                        PENDING));
    }

    /** none, pending or friends. */
    public String status(long userId, long otherId) {
        Optional<String> status = database.run(
                "friend_status",
                session -> session.one(
                        "SELECT status FROM friend_requests WHERE pair_key = ?",
                        row -> row.getString(1),
                        Rows.pairKey(userId, otherId)));
        return status.map(value -> value.equals(ACCEPTED) ? "friends" : PENDING).orElse("none");
    }

    public List<User> friends(long userId) {
        return database.run(
                "friend_list",
                session -> session.list(
                        "SELECT u.id, u.username, u.email FROM friend_requests f JOIN users u"
                                + " ON u.id = CASE WHEN f.requester_id = ? THEN f.addressee_id ELSE f.requester_id END"
                                + " WHERE (f.requester_id = ? OR f.addressee_id = ?) AND f.status = ? ORDER BY u.id",
                        UserRepository::user,
                        userId,
                        userId,
                        userId,
                        ACCEPTED));
    }

    private static Optional<FriendRequest> byId(SqlSession session, long id) throws SQLException {
        return session.one("SELECT " + COLUMNS + " FROM friend_requests WHERE id = ?", FriendRepository::request, id);
    }

    private static FriendRequest request(ResultSet row) throws SQLException {
        return new FriendRequest(
                row.getLong("id"),
                row.getLong("requester_id"),
                row.getLong("addressee_id"),
                row.getString("status"),
                Rows.instant(row, "created_at"));
    }
}
