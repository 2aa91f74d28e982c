package dev.stressgate.socialapp.users;

import dev.stressgate.socialapp.db.Database;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** Users and their password hashes. */
public final class UserRepository {

    private static final String COLUMNS = "id, username, email";

    private final Database database;

    public UserRepository(Database database) {
        this.database = database;
    }

    /** Inserts a user; a duplicate username or email surfaces as a ConstraintViolationException. */
    public User create(String username, String email, String passwordHash) {
        long id = database.run(
                "user_insert",
                session -> session.insert(
                        "INSERT INTO users (username, email, password_hash) VALUES (?, ?, ?)",
                        username,
                        email,
                        passwordHash));
        return new User(id, username, email);
    }

    public boolean usernameOrEmailTaken(String username, String email) {
        return database.run(
                        "user_taken",
                        session -> session.count(
                                "SELECT COUNT(*) FROM users WHERE username = ? OR email = ?", username, email))
                > 0;
    }

    public Optional<Credentials> credentialsByEmail(String email) {
        return database.run(
                "user_by_email",
                session -> session.one(
                        "SELECT " + COLUMNS + ", password_hash FROM users WHERE email = ?",
                        row -> new Credentials(user(row), row.getString("password_hash")),
                        email));
    }

    public Optional<User> byId(long id) {
        return database.run(
                "user_by_id",
                session -> session.one("SELECT " + COLUMNS + " FROM users WHERE id = ?", UserRepository::user, id));
    }

    public boolean exists(long id) {
        return database.run("user_exists", session -> session.count("SELECT COUNT(*) FROM users WHERE id = ?", id)) > 0;
    }

    /** A user from a row holding the columns {@code id, username, email}. */
    public static User user(ResultSet row) throws SQLException {
        return new User(row.getLong("id"), row.getString("username"), row.getString("email"));
    }

    /** A user with the stored password hash, for login only. */
    public record Credentials(User user, String passwordHash) {}
}
