package dev.stressgate.report.sources.exposition;

/** Reads one exposition line token by token and reports problems with the line number and 1-based column. */
final class LineCursor {

    interface CharTest {
        boolean test(char c);
    }

    private final String line;
    private final int lineNumber;
    private int position;

    LineCursor(String line, int lineNumber) {
        this.line = line;
        this.lineNumber = lineNumber;
    }

    boolean atEnd() {
        return position >= line.length();
    }

    char peek() {
        return line.charAt(position);
    }

    void advance() {
        position++;
    }

    /** Skips spaces and tabs; answers whether any were skipped. */
    boolean skipBlanks() {
        int start = position;
        while (!atEnd() && (peek() == ' ' || peek() == '\t')) {
            position++;
        }
        return position > start;
    }

    String readWhile(CharTest test) {
        int start = position;
        while (!atEnd() && test.test(peek())) {
            position++;
        }
        return line.substring(start, position);
    }

    String rest() {
        String rest = line.substring(position);
        position = line.length();
        return rest;
    }

    void expect(char expected) throws ExpositionParseException {
        if (atEnd() || peek() != expected) {
            throw error(
                    "expected '" + expected + "'" + (atEnd() ? " but the line ended" : " but found '" + peek() + "'"));
        }
        position++;
    }

    String readMetricName() throws ExpositionParseException {
        if (atEnd() || !isNameStart(peek(), true)) {
            throw error("expected a metric name");
        }
        return readWhile(c -> isNameStart(c, true) || (c >= '0' && c <= '9'));
    }

    String readLabelName() throws ExpositionParseException {
        if (atEnd() || !isNameStart(peek(), false)) {
            throw error("expected a label name");
        }
        return readWhile(c -> isNameStart(c, false) || (c >= '0' && c <= '9'));
    }

    /** Reads a label value after its opening quote, resolving escapes, and consumes the closing quote. */
    String readQuotedLabelValue() throws ExpositionParseException {
        StringBuilder value = new StringBuilder();
        while (!atEnd()) {
            char c = peek();
            position++;
            if (c == '"') {
                return value.toString();
            }
            if (c == '\\') {
                if (atEnd()) {
                    break;
                }
                char escaped = peek();
                position++;
                switch (escaped) {
                    case 'n' -> value.append('\n');
                    case '\\' -> value.append('\\');
                    case '"' -> value.append('"');
                    default ->
                        throw error("invalid escape '\\" + escaped + "' in label value (expected \\\\, \\\" or \\n)");
                }
            } else {
                value.append(c);
            }
        }
        throw error("unterminated label value, expected a closing '\"'");
    }

    ExpositionParseException error(String problem) {
        return new ExpositionParseException(lineNumber, position + 1, problem);
    }

    private static boolean isNameStart(char c, boolean allowColon) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || (allowColon && c == ':');
    }
}
