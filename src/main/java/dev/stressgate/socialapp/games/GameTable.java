package dev.stressgate.socialapp.games;

import java.util.List;
import java.util.function.LongPredicate;

/**
 * The live game of one room: board, seats and turn. The creator plays black and moves first; the first
 * other user to join plays white. A player without a legal move passes; the game ends when neither has one.
 */
public final class GameTable {

    private final long roomId;
    private final long blackId;
    private final OthelloBoard board = new OthelloBoard();
    private Long whiteId;
    private String status;
    private char turn = OthelloBoard.BLACK;

    public GameTable(GameRoom room) {
        this.roomId = room.id();
        this.blackId = room.creatorId();
        this.whiteId = room.opponentId();
        this.status = room.status();
    }

    /**
     * Seats {@code userId} if possible. {@code seatInDatabase} records a new opponent and says whether the
     * seat was still free there.
     */
    public synchronized JoinOutcome join(long userId, LongPredicate seatInDatabase) {
        if (userId == blackId || (whiteId != null && userId == whiteId)) {
            return JoinOutcome.ALREADY_SEATED;
        }
        if (whiteId != null || !seatInDatabase.test(userId)) {
            return JoinOutcome.ROOM_FULL;
        }
        whiteId = userId;
        status = GameRoomRepository.PLAYING;
        return JoinOutcome.STARTED;
    }

    /** Plays a move for {@code userId}; the error names why it was refused. */
    public synchronized MoveOutcome move(long userId, int row, int column) {
        if (!status.equals(GameRoomRepository.PLAYING)) {
            return MoveOutcome.refused(
                    status.equals(GameRoomRepository.FINISHED) ? "game is finished" : "game has not started");
        }
        Character color = colorOf(userId);
        if (color == null) {
            return MoveOutcome.refused("not a player in this room");
        }
        if (color != turn) {
            return MoveOutcome.refused("not your turn");
        }
        if (!board.play(row, column, color)) {
            return MoveOutcome.refused("illegal move");
        }
        char next = OthelloBoard.opponent(color);
        if (board.hasMove(next)) {
            turn = next;
        } else if (!board.hasMove(color)) {
            status = GameRoomRepository.FINISHED;
        }
        return new MoveOutcome(null, new MoveMade(row, column, userId, state()));
    }

    public synchronized GameState state() {
        Long current = status.equals(GameRoomRepository.PLAYING)
                ? (turn == OthelloBoard.BLACK ? Long.valueOf(blackId) : whiteId)
                : null;
        return new GameState(
                roomId,
                status,
                board.rows(),
                blackId,
                whiteId,
                current,
                board.count(OthelloBoard.BLACK),
                board.count(OthelloBoard.WHITE));
    }

    private Character colorOf(long userId) {
        if (userId == blackId) {
            return OthelloBoard.BLACK;
        }
        return whiteId != null && userId == whiteId ? OthelloBoard.WHITE : null;
    }

    /** What a join_room did. */
    public enum JoinOutcome {
        ALREADY_SEATED,
        STARTED,
        ROOM_FULL
    }

    /** Either a refusal ({@code error}) or the move that was made. */
    public record MoveOutcome(String error, MoveMade move) {
        static MoveOutcome refused(String error) {
            return new MoveOutcome(error, null);
        }
    }

    /** The {@code game_state} / {@code game_started} payload. */
    public record GameState(
            long roomId,
            String status,
            List<String> board,
            long blackPlayerId,
            Long whitePlayerId,
            Long currentPlayerId,
            int blackCount,
            int whiteCount) {}

    /** The {@code move_made} payload. */
    public record MoveMade(int row, int column, long playerId, GameState state) {}
}
