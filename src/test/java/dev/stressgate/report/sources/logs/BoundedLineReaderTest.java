package dev.stressgate.report.sources.logs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BoundedLineReaderTest {

    private static List<BoundedLineReader.Line> lines(String text, int maxChars) throws IOException {
        List<BoundedLineReader.Line> lines = new ArrayList<>();
        try (BoundedLineReader reader = new BoundedLineReader(new StringReader(text), maxChars)) {
            for (BoundedLineReader.Line line = reader.next(); line != null; line = reader.next()) {
                lines.add(line);
            }
        }
        return lines;
    }

    @Test
    void splitsOnEveryLineEndingAndKeepsALastLineWithoutOne() throws IOException {
        assertThat(lines("a\nb\r\nc\rd\n\ne", 10))
                .extracting(BoundedLineReader.Line::text)
                .containsExactly("a", "b", "c", "d", "", "e");
    }

    @Test
    void keepsTheFirstCharactersOfALongLineAndGoesOnWithTheNext() throws IOException {
        String endless = "x".repeat(50_000);

        assertThat(lines("short\n" + endless + "\nafter\n", 100))
                .containsExactly(
                        new BoundedLineReader.Line("short", false),
                        new BoundedLineReader.Line("x".repeat(100), true),
                        new BoundedLineReader.Line("after", false));
    }

    @Test
    void aLineOfExactlyTheCapIsNotTooLong() throws IOException {
        assertThat(lines("abc\n", 3)).containsExactly(new BoundedLineReader.Line("abc", false));
    }
}
