package dev.stressgate.socialapp.games;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OthelloBoardTest {

    @Test
    void openingPositionAndBlacksFourLegalMoves() {
        OthelloBoard board = new OthelloBoard();
        assertThat(board.rows())
                .containsExactly(
                        "........", "........", "........", "...WB...", "...BW...", "........", "........", "........");
        int legal = 0;
        for (int row = 0; row < 8; row++) {
            for (int column = 0; column < 8; column++) {
                legal += board.isLegal(row, column, OthelloBoard.BLACK) ? 1 : 0;
            }
        }
        assertThat(legal).isEqualTo(4);
        assertThat(board.isLegal(2, 3, OthelloBoard.BLACK)).isTrue();
        assertThat(board.isLegal(2, 4, OthelloBoard.BLACK)).isFalse();
    }

    @Test
    void playFlipsCapturedDiscsAndRefusesIllegalOrOccupiedCells() {
        OthelloBoard board = new OthelloBoard();
        assertThat(board.play(2, 3, OthelloBoard.BLACK)).isTrue();
        assertThat(board.rows().get(2)).isEqualTo("...B....");
        assertThat(board.rows().get(3)).isEqualTo("...BB...");
        assertThat(board.count(OthelloBoard.BLACK)).isEqualTo(4);
        assertThat(board.count(OthelloBoard.WHITE)).isEqualTo(1);
        assertThat(board.play(2, 3, OthelloBoard.WHITE)).isFalse();
        assertThat(board.play(0, 0, OthelloBoard.WHITE)).isFalse();
        assertThat(board.play(-1, 9, OthelloBoard.WHITE)).isFalse();
        assertThat(board.play(2, 2, OthelloBoard.WHITE)).isTrue();
        assertThat(board.rows().get(3)).isEqualTo("...WB...");
    }

    @Test
    void gameTableEnforcesTurnsSeatsAndStart() {
        GameTable table = new GameTable(new GameRoom(1, "othello", 10, null, GameRoomRepository.WAITING));
        assertThat(table.move(10, 2, 3).error()).isEqualTo("game has not started");
        assertThat(table.join(10, id -> true)).isEqualTo(GameTable.JoinOutcome.ALREADY_SEATED);
        assertThat(table.join(20, id -> true)).isEqualTo(GameTable.JoinOutcome.STARTED);
        assertThat(table.join(30, id -> true)).isEqualTo(GameTable.JoinOutcome.ROOM_FULL);
        assertThat(table.move(20, 2, 4).error()).isEqualTo("not your turn");
        assertThat(table.move(30, 2, 4).error()).isEqualTo("not a player in this room");
        assertThat(table.move(10, 0, 0).error()).isEqualTo("illegal move");
        GameTable.MoveOutcome played = table.move(10, 2, 3);
        assertThat(played.error()).isNull();
        assertThat(played.move().state().currentPlayerId()).isEqualTo(20L);
    }

    @Test
    void seatTakenInTheDatabaseMeansRoomFull() {
        GameTable table = new GameTable(new GameRoom(1, "othello", 10, null, GameRoomRepository.WAITING));
        assertThat(table.join(20, id -> false)).isEqualTo(GameTable.JoinOutcome.ROOM_FULL);
    }
}
