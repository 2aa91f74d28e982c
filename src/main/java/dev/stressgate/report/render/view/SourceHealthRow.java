package dev.stressgate.report.render.view;

/**
 * Health of one data source (gatling, metrics, logs, ai). {@code status} is OK, DEGRADED or MISSING, or
 * neutral: NOT CONFIGURED (an optional source left at its default address that gave nothing) or OFF ({@code --no-ai}); {@code kind}
 * names what actually delivered the data (prometheus, scrape, loki, file, ollama).
 */
public record SourceHealthRow(String name, String kind, String status, String detail) {}
