package dev.stressgate.socialapp.posts;

import dev.stressgate.socialapp.db.Database;
import dev.stressgate.socialapp.db.Rows;
import dev.stressgate.socialapp.db.SqlSession;
import dev.stressgate.socialapp.users.Notifications;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** Posts with their like and comment counters, likes and comments. */
public final class PostRepository {

    private static final String COLUMNS =
            "id, author_id, title, content, post_type, like_count, comment_count, created_at";

    private final Database database;

    public PostRepository(Database database) {
        this.database = database;
    }

    public List<Post> latest(int limit) {
        return database.run(
                "post_list",
                session -> session.list(
                        "SELECT " + COLUMNS + " FROM posts ORDER BY id DESC LIMIT ?", PostRepository::post, limit));
    }

    public Post create(long authorId, String title, String content, String postType) {
        return database.run("post_insert", session -> {
            long id = session.insert(
                    "INSERT INTO posts (author_id, title, content, post_type) VALUES (?, ?, ?, ?)",
                    authorId,
                    title,
                    content,
                    postType);
            return byId(session, id).orElseThrow();
        });
    }

    /** Likes a post; empty when the post does not exist, otherwise whether this call added the like. */
    public Optional<LikeResult> like(long postId, long userId) {
        return database.transaction("post_like", session -> {
            Optional<Long> author = authorOf(session, postId);
            if (author.isEmpty()) {
                return Optional.empty();
            }
            boolean added =
                    session.count("SELECT COUNT(*) FROM post_likes WHERE post_id = ? AND user_id = ?", postId, userId)
                            == 0;
            if (added) {
                session.update("INSERT INTO post_likes (post_id, user_id) VALUES (?, ?)", postId, userId);
                session.update("UPDATE posts SET like_count = like_count + 1 WHERE id = ?", postId);
                Notifications.add(session, author.get(), "like", userId, postId);
            }
            return Optional.of(new LikeResult(added, byId(session, postId).orElseThrow()));
        });
    }

    /** Removes a like; false when the post does not exist or was not liked by the user. */
    public boolean unlike(long postId, long userId) {
        return database.transaction("post_unlike", session -> {
            int removed = session.update("DELETE FROM post_likes WHERE post_id = ? AND user_id = ?", postId, userId);
            if (removed > 0) {
                session.update("UPDATE posts SET like_count = like_count - 1 WHERE id = ?", postId);
            }
            return removed > 0;
        });
    }

    /** Comments on a post; empty when the post does not exist. */
    public Optional<Comment> comment(long postId, long authorId, String content) {
        return database.transaction("comment_insert", session -> {
            Optional<Long> author = authorOf(session, postId);
            if (author.isEmpty()) {
                return Optional.empty();
            }
            long id = session.insert(
                    "INSERT INTO comments (post_id, author_id, content) VALUES (?, ?, ?)", postId, authorId, content);
            session.update("UPDATE posts SET comment_count = comment_count + 1 WHERE id = ?", postId);
            Notifications.add(session, author.get(), "comment", authorId, postId);
            return session.one(
                    "SELECT id, post_id, author_id, content, created_at FROM comments WHERE id = ?",
                    row -> new Comment(
                            row.getLong("id"),
                            row.getLong("post_id"),
                            row.getLong("author_id"),
                            row.getString("content"),
                            Rows.instant(row, "created_at")),
                    id);
        });
    }

    private static Optional<Long> authorOf(SqlSession session, long postId) throws SQLException {
        return session.one("SELECT author_id FROM posts WHERE id = ?", row -> row.getLong(1), postId);
    }

    private static Optional<Post> byId(SqlSession session, long id) throws SQLException {
        return session.one("SELECT " + COLUMNS + " FROM posts WHERE id = ?", PostRepository::post, id);
    }

    private static Post post(ResultSet row) throws SQLException {
        return new Post(
                row.getLong("id"),
                row.getLong("author_id"),
                row.getString("title"),
                row.getString("content"),
                row.getString("post_type"),
                row.getInt("like_count"),
                row.getInt("comment_count"),
                Rows.instant(row, "created_at"));
    }

    /** The post after a like, and whether the like was new. */
    public record LikeResult(boolean added, Post post) {}
}
