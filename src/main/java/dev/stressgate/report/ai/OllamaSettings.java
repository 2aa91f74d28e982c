package dev.stressgate.report.ai;

import dev.stressgate.run.http.TimeoutVariable;
import java.net.URI;
import java.time.Duration;
import java.util.Map;

/**
 * How to reach the model: {@code OLLAMA_URL} (default {@value #DEFAULT_URL}), {@code OLLAMA_MODEL} (default
 * {@value #DEFAULT_MODEL}), {@code OLLAMA_TIMEOUT_SECONDS} (default 120), a low temperature (0.1) for repeatable
 * answers, and whether to call it at all ({@code enabled=false} is the {@code --no-ai} switch).
 */
public record OllamaSettings(URI url, String model, Duration timeout, double temperature, boolean enabled) {

    public static final String DEFAULT_URL = "http://localhost:11434";
    public static final String DEFAULT_MODEL = "llama3.2:3b";
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(120);
    public static final double DEFAULT_TEMPERATURE = 0.1;

    public static OllamaSettings fromEnvironment(Map<String, String> env) {
        Duration t = TimeoutVariable.seconds(env, "OLLAMA_TIMEOUT_SECONDS", DEFAULT_TIMEOUT);
        String url = env.get("OLLAMA_URL");
        String model = env.get("OLLAMA_MODEL");
        return new OllamaSettings(
                URI.create(url == null || url.isBlank() ? DEFAULT_URL : url),
                model == null || model.isBlank() ? DEFAULT_MODEL : model,
                t,
                DEFAULT_TEMPERATURE,
                true);
    }

    public OllamaSettings withUrl(URI newUrl) {
        return new OllamaSettings(newUrl, model, timeout, temperature, enabled);
    }

    public OllamaSettings withModel(String newModel) {
        return new OllamaSettings(url, newModel, timeout, temperature, enabled);
    }

    public OllamaSettings disabled() {
        return new OllamaSettings(url, model, timeout, temperature, false);
    }

    public URI chatEndpoint() {
        String base = url.toString();
        return URI.create((base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/api/chat");
    }
}
