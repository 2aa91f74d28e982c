package dev.stressgate.report.sources.logs;

/** What the {@link StructuredLogParser} made of one line: an entry, or why there is none. */
sealed interface LineReading {

    /** A line read into an entry; {@code utcAssumed} when its time had no offset and was read as UTC. */
    record Read(LogEntry entry, boolean utcAssumed) implements LineReading {}

    /** A line that gave no entry; {@code detail} is the offending value when there is one (else null). */
    record Unreadable(UnreadableReason reason, String detail) implements LineReading {}
}
