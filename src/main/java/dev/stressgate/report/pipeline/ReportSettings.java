package dev.stressgate.report.pipeline;

import java.net.URI;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where the report step finds its inputs and services. Defaults match the project's environment variables
 * ({@code ARTIFACT_DIR}, {@code PROM_URL}, {@code LOKI_URL}, {@code OLLAMA_URL}, {@code OLLAMA_MODEL},
 * {@code APP_LOG_FILE}, {@code SERVER_CORES}); the CLI overrides them with its options.
 *
 * @param queriesFile the PromQL catalog (monitoring/queries.json)
 * @param serverCores cores of the target's host, to express its process CPU (in cores) as % of the host; the
 *                    default is this machine's {@code Runtime.availableProcessors()}, right for the embedded reference
 *                    app, which runs here; set {@code SERVER_CORES} for a remote target
 * @param aiEnabled false for {@code --no-ai}: the analysis is the deterministic one alone
 */
public record ReportSettings(
    Path artifactDir,
    URI prometheusUrl,
    URI lokiUrl,
    URI ollamaUrl,
    String ollamaModel,
    Path appLogFile,
    Path queriesFile,
    int serverCores,
    boolean aiEnabled) {
  public static final String DEFAULT_ARTIFACT_DIR = "tmp/stress-runs";
  public static final String DEFAULT_PROM_URL = "http://localhost:9090";
  public static final String DEFAULT_LOKI_URL = "http://localhost:3100";
  public static final String DEFAULT_OLLAMA_URL = "http://localhost:11434";
  public static final String DEFAULT_OLLAMA_MODEL = "llama3.2:3b";
  public static final String DEFAULT_APP_LOG_FILE = "tmp/socialapp/socialapp.log";
  public static final String DEFAULT_QUERIES_FILE = "monitoring/queries.json";

  public ReportSettings {
    if (serverCores < 1) {
      throw new IllegalArgumentException("server cores: expected a whole number of at least 1, got " + serverCores);
    }
  }

  /** Settings from the environment, each unset or blank variable taking its default. */
  public static ReportSettings fromEnvironment(Map<String, String> env) {
    return new ReportSettings(
        Path.of(value(env, "ARTIFACT_DIR", DEFAULT_ARTIFACT_DIR)),
        URI.create(value(env, "PROM_URL", DEFAULT_PROM_URL)),
        URI.create(value(env, "LOKI_URL", DEFAULT_LOKI_URL)),
        URI.create(value(env, "OLLAMA_URL", DEFAULT_OLLAMA_URL)),
        value(env, "OLLAMA_MODEL", DEFAULT_OLLAMA_MODEL),
        Path.of(value(env, "APP_LOG_FILE", DEFAULT_APP_LOG_FILE)),
        Path.of(DEFAULT_QUERIES_FILE),
        serverCores(env),
        true);
  }

  /** This machine's processor count: where the embedded reference app runs. */
  public static int localCores() {
    return Runtime.getRuntime().availableProcessors();
  }

  private static int serverCores(Map<String, String> env) {
    String value = value(env, "SERVER_CORES", null);
    if (value == null) {
      return localCores();
    }
    try {
      int cores = Integer.parseInt(value.strip());
      if (cores >= 1) {
        return cores;
      }
    } catch (NumberFormatException e) {
      // reported below with the offending value
    }
    throw new IllegalArgumentException("SERVER_CORES / --server-cores: expected a whole number of at least 1 (the target host's cores), got '"
        + value + "'");
  }

  private static String value(Map<String, String> env, String name, String fallback) {
    String value = env.get(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
