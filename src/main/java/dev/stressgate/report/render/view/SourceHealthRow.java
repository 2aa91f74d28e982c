package dev.stressgate.report.render.view;

/**
 * Health of one data source (gatling, metrics, logs, ai). {@code status} is OK, DEGRADED or MISSING; {@code kind}
 * names what actually delivered the data (prometheus, scrape, loki, file, ollama).
 */
public record SourceHealthRow(String name, String kind, String status, String detail) {
}
