package dev.stressgate.report.ai;

/** One message of an Ollama chat: role {@code system}, {@code user} or {@code assistant}. */
public record ChatMessage(String role, String content) {}
