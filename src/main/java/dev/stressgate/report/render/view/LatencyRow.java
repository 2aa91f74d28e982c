package dev.stressgate.report.render.view;

/** Latency distribution of one WebSocket check (e.g. "chat: message delivered"), in milliseconds. */
public record LatencyRow(String name, long count, double p50Ms, double p95Ms, double p99Ms, double maxMs) {}
