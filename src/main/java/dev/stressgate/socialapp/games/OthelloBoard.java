package dev.stressgate.socialapp.games;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** An 8x8 othello board. Black moves first. Not thread-safe: its {@link GameTable} guards it. */
public final class OthelloBoard {

    public static final int SIZE = 8;
    public static final char EMPTY = '.';
    public static final char BLACK = 'B';
    public static final char WHITE = 'W';
    private static final int[][] DIRECTIONS = {{-1, -1}, {-1, 0}, {-1, 1}, {0, -1}, {0, 1}, {1, -1}, {1, 0}, {1, 1}};

    private final char[][] cells = new char[SIZE][SIZE];

    public OthelloBoard() {
        for (char[] row : cells) {
            Arrays.fill(row, EMPTY);
        }
        cells[3][3] = WHITE;
        cells[4][4] = WHITE;
        cells[3][4] = BLACK;
        cells[4][3] = BLACK;
    }

    public static char opponent(char color) {
        return color == BLACK ? WHITE : BLACK;
    }

    /** Whether {@code color} may place a disc at (row, column). */
    public boolean isLegal(int row, int column, char color) {
        return !flips(row, column, color).isEmpty();
    }

    /** Places a disc and flips the captured ones; false (board unchanged) when the move is illegal. */
    public boolean play(int row, int column, char color) {
        List<int[]> flipped = flips(row, column, color);
        if (flipped.isEmpty()) {
            return false;
        }
        cells[row][column] = color;
        for (int[] cell : flipped) {
            cells[cell[0]][cell[1]] = color;
        }
        return true;
    }

    public boolean hasMove(char color) {
        for (int row = 0; row < SIZE; row++) {
            for (int column = 0; column < SIZE; column++) {
                if (isLegal(row, column, color)) {
                    return true;
                }
            }
        }
        return false;
    }

    public int count(char color) {
        int count = 0;
        for (char[] row : cells) {
            for (char cell : row) {
                count += cell == color ? 1 : 0;
            }
        }
        return count;
    }

    /** The board as eight strings of '.', 'B' and 'W', top row first. */
    public List<String> rows() {
        List<String> rows = new ArrayList<>(SIZE);
        for (char[] row : cells) {
            rows.add(new String(row));
        }
        return rows;
    }

    private List<int[]> flips(int row, int column, char color) {
        List<int[]> flipped = new ArrayList<>();
        if (!inside(row, column) || cells[row][column] != EMPTY) {
            return flipped;
        }
        char other = opponent(color);
        for (int[] direction : DIRECTIONS) {
            List<int[]> line = new ArrayList<>();
            int r = row + direction[0];
            int c = column + direction[1];
            while (inside(r, c) && cells[r][c] == other) {
                line.add(new int[] {r, c});
                r += direction[0];
                c += direction[1];
            }
            if (!line.isEmpty() && inside(r, c) && cells[r][c] == color) {
                flipped.addAll(line);
            }
        }
        return flipped;
    }

    private static boolean inside(int row, int column) {
        return row >= 0 && row < SIZE && column >= 0 && column < SIZE;
    }
}
