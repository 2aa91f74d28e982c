package dev.stressgate.report.sources.logs;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads lines ({@code \n}, {@code \r\n} or {@code \r} ended) keeping at most {@code maxChars} characters of each,
 * so one endless line costs a bounded buffer, not the heap: the rest of a longer line is skipped and the line is
 * marked too long.
 */
final class BoundedLineReader implements AutoCloseable {

    /** One line: its first {@code maxChars} characters, and whether there were more. */
    record Line(String text, boolean tooLong) {}

    private final Reader reader;
    private final int maxChars;
    private final char[] buffer = new char[8192];
    private int position;
    private int limit;
    private boolean skipLineFeed;

    BoundedLineReader(Reader reader, int maxChars) {
        this.reader = reader;
        this.maxChars = maxChars;
    }

    /** The next line, or null at the end of the input. */
    Line next() throws IOException {
        StringBuilder line = new StringBuilder();
        boolean tooLong = false;
        boolean any = false;
        while (true) {
            if (position == limit) {
                limit = reader.read(buffer, 0, buffer.length);
                position = 0;
                if (limit <= 0) {
                    limit = 0;
                    return any ? new Line(line.toString(), tooLong) : null;
                }
            }
            char c = buffer[position++];
            if (skipLineFeed) {
                skipLineFeed = false;
                if (c == '\n') {
                    continue;
                }
            }
            any = true;
            if (c == '\n' || c == '\r') {
                skipLineFeed = c == '\r';
                return new Line(line.toString(), tooLong);
            }
            if (line.length() < maxChars) {
                line.append(c);
            } else {
                tooLong = true;
            }
        }
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
