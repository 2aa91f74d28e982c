package dev.stressgate.report.sources.logs;

import java.util.Map;

/** One entry of a Loki stream: nanosecond timestamp, the stream's labels and the raw line. */
record LokiLine(long epochNanos, Map<String, String> labels, String line) {}
