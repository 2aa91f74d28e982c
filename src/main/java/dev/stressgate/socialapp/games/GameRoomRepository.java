package dev.stressgate.socialapp.games;

import dev.stressgate.socialapp.db.Database;
import dev.stressgate.socialapp.db.Rows;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** Game rooms: who plays and where the game stands. Board state lives in memory ({@link GameTable}). */
public final class GameRoomRepository {

    public static final String WAITING = "waiting";
    public static final String PLAYING = "playing";
    public static final String FINISHED = "finished";

    private final Database database;

    public GameRoomRepository(Database database) {
        this.database = database;
    }

    public GameRoom create(String type, long creatorId) {
        long id = database.run(
                "game_room_insert",
                session -> session.insert(
                        "INSERT INTO game_rooms (type, creator_id, status) VALUES (?, ?, ?)",
                        type,
                        creatorId,
                        WAITING));
        return new GameRoom(id, type, creatorId, null, WAITING);
    }

    public Optional<GameRoom> byId(long id) {
        return database.run(
                "game_room_by_id",
                session -> session.one(
                        "SELECT id, type, creator_id, opponent_id, status FROM game_rooms WHERE id = ?",
                        GameRoomRepository::room,
                        id));
    }

    /** Seats the opponent if the seat is still free; false when someone else took it first. */
    public boolean seatOpponent(long roomId, long opponentId) {
        return database.run(
                        "game_room_join",
                        session -> session.update(
                                "UPDATE game_rooms SET opponent_id = ?, status = ? WHERE id = ? AND opponent_id IS NULL",
                                opponentId,
                                PLAYING,
                                roomId))
                > 0;
    }

    public void finish(long roomId) {
        database.run(
                "game_room_finish",
                session -> session.update("UPDATE game_rooms SET status = ? WHERE id = ?", FINISHED, roomId));
    }

    private static GameRoom room(ResultSet row) throws SQLException {
        return new GameRoom(
                row.getLong("id"),
                row.getString("type"),
                row.getLong("creator_id"),
                Rows.nullableLong(row, "opponent_id"),
                row.getString("status"));
    }
}
