package dev.stressgate.report.ai;

import java.net.URI;
import java.time.Duration;

/**
 * How to reach the model: {@code OLLAMA_URL} (default {@value #DEFAULT_URL}), {@code OLLAMA_MODEL} (default
 * {@value #DEFAULT_MODEL}), {@code OLLAMA_TIMEOUT_SECONDS} (default {@value #DEFAULT_TIMEOUT_SECONDS}), a low temperature (0.1) for repeatable
 * answers, and whether to call it at all ({@code enabled=false} is the {@code --no-ai} switch).
 */
public record OllamaSettings(URI url, String model, Duration timeout, double temperature, boolean enabled) {

    public static final String DEFAULT_URL = "http://localhost:11434";
    public static final String DEFAULT_MODEL = "llama3.2:3b";
    public static final long DEFAULT_TIMEOUT_SECONDS = 120;
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(DEFAULT_TIMEOUT_SECONDS);
    public static final double DEFAULT_TEMPERATURE = 0.1;

    public URI chatEndpoint() {
        String base = url.toString();
        return URI.create((base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/api/chat");
    }
}
