package dev.stressgate.report.sources.logs;

/** Why a log line gave no entry, as the report says it. */
enum UnreadableReason {
    TOO_LONG("longer than " + Redactor.MAX_CHARS + " characters"),
    MALFORMED_JSON("starting like JSON but not valid JSON"),
    NOT_STRUCTURED("neither a JSON object nor logfmt"),
    NO_TIMESTAMP("without a recognised timestamp field (tried " + String.join(", ", LogConventions.TIME)
            + "; name yours with " + LogFieldMapping.ENVIRONMENT_VARIABLE + "=time:<field>)"),
    UNPARSEABLE_TIMESTAMP("with an unparseable timestamp");

    final String description;

    UnreadableReason(String description) {
        this.description = description;
    }
}
