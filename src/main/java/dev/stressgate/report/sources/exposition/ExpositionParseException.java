package dev.stressgate.report.sources.exposition;

/** A text exposition that does not follow the format; the message names the line, column and what was expected. */
public final class ExpositionParseException extends Exception {

    private final int lineNumber;

    ExpositionParseException(int lineNumber, int column, String problem) {
        super("line " + lineNumber + ", column " + column + ": " + problem);
        this.lineNumber = lineNumber;
    }

    public int lineNumber() {
        return lineNumber;
    }
}
