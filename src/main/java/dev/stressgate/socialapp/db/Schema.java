package dev.stressgate.socialapp.db;

import java.util.List;

/** Creates the app's tables at start; idempotent, so a file-backed database survives restarts. */
public final class Schema {

    private static final List<String> STATEMENTS = List.of(
            """
            CREATE TABLE IF NOT EXISTS users (
              id BIGINT AUTO_INCREMENT PRIMARY KEY,
              username VARCHAR(32) NOT NULL UNIQUE,
              email VARCHAR(254) NOT NULL UNIQUE,
              password_hash VARCHAR(200) NOT NULL,
              created_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL)""",
            """
            CREATE TABLE IF NOT EXISTS auth_tokens (
              token_hash VARCHAR(64) PRIMARY KEY,
              user_id BIGINT NOT NULL REFERENCES users(id),
              created_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL)""",
            """
            CREATE TABLE IF NOT EXISTS posts (
              id BIGINT AUTO_INCREMENT PRIMARY KEY,
              author_id BIGINT NOT NULL REFERENCES users(id),
              title VARCHAR(200) NOT NULL,
              content VARCHAR(10000) NOT NULL,
              post_type VARCHAR(16) NOT NULL,
              like_count INT DEFAULT 0 NOT NULL,
              comment_count INT DEFAULT 0 NOT NULL,
              created_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL)""",
            """
            CREATE TABLE IF NOT EXISTS post_likes (
              post_id BIGINT NOT NULL REFERENCES posts(id),
              user_id BIGINT NOT NULL REFERENCES users(id),
              created_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
              PRIMARY KEY (post_id, user_id))""",
            """
            CREATE TABLE IF NOT EXISTS comments (
              id BIGINT AUTO_INCREMENT PRIMARY KEY,
              post_id BIGINT NOT NULL REFERENCES posts(id),
              author_id BIGINT NOT NULL REFERENCES users(id),
              content VARCHAR(10000) NOT NULL,
              created_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL)""",
            """
            CREATE TABLE IF NOT EXISTS notifications (
              id BIGINT AUTO_INCREMENT PRIMARY KEY,
              user_id BIGINT NOT NULL REFERENCES users(id),
              type VARCHAR(32) NOT NULL,
              actor_id BIGINT NOT NULL,
              subject_id BIGINT NOT NULL,
              created_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL)""",
            "CREATE INDEX IF NOT EXISTS notifications_user ON notifications(user_id, id)",
            """
            CREATE TABLE IF NOT EXISTS friend_requests (
              id BIGINT AUTO_INCREMENT PRIMARY KEY,
              requester_id BIGINT NOT NULL REFERENCES users(id),
              addressee_id BIGINT NOT NULL REFERENCES users(id),
              pair_key VARCHAR(41) NOT NULL UNIQUE,
              status VARCHAR(16) NOT NULL,
              created_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL)""",
            "CREATE INDEX IF NOT EXISTS friend_requests_addressee ON friend_requests(addressee_id, status)",
            "CREATE INDEX IF NOT EXISTS friend_requests_requester ON friend_requests(requester_id, status)",
            """
            CREATE TABLE IF NOT EXISTS conversations (
              id BIGINT AUTO_INCREMENT PRIMARY KEY,
              is_group BOOLEAN NOT NULL,
              pair_key VARCHAR(41) UNIQUE,
              last_message_at TIMESTAMP WITH TIME ZONE,
              created_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL)""",
            """
            CREATE TABLE IF NOT EXISTS conversation_participants (
              conversation_id BIGINT NOT NULL REFERENCES conversations(id),
              user_id BIGINT NOT NULL REFERENCES users(id),
              last_read_message_id BIGINT DEFAULT 0 NOT NULL,
              PRIMARY KEY (conversation_id, user_id))""",
            "CREATE INDEX IF NOT EXISTS participants_user ON conversation_participants(user_id)",
            """
            CREATE TABLE IF NOT EXISTS messages (
              id BIGINT AUTO_INCREMENT PRIMARY KEY,
              conversation_id BIGINT NOT NULL REFERENCES conversations(id),
              sender_id BIGINT NOT NULL REFERENCES users(id),
              content VARCHAR(10000) NOT NULL,
              message_type VARCHAR(16) NOT NULL,
              created_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL)""",
            "CREATE INDEX IF NOT EXISTS messages_conversation ON messages(conversation_id, id)",
            """
            CREATE TABLE IF NOT EXISTS game_rooms (
              id BIGINT AUTO_INCREMENT PRIMARY KEY,
              type VARCHAR(16) NOT NULL,
              creator_id BIGINT NOT NULL REFERENCES users(id),
              opponent_id BIGINT REFERENCES users(id),
              status VARCHAR(16) NOT NULL,
              created_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL)""");

    private Schema() {}

    public static void create(Database database) {
        database.transaction("schema_create", session -> {
            for (String statement : STATEMENTS) {
                session.execute(statement);
            }
            return null;
        });
    }
}
