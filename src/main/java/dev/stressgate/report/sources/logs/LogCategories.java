package dev.stressgate.report.sources.logs;

/** The categories logs.json reports. */
public record LogCategories(SeverityCategory severity, RateLimitCategory rateLimit) {}
