package dev.stressgate.report.sources;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.stressgate.report.sources.logs.LogSettings;
import dev.stressgate.report.sources.metrics.MetricsSettings;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * monitoring/docker-compose.yml and the configs it mounts, checked without Docker: every mounted file exists, images
 * are pinned, and the names the report relies on (job label in Prometheus and Loki, the log file, ports, data source
 * uid) agree across files.
 */
class MonitoringStackTest {

    private static final Path MONITORING = Path.of("monitoring");
    private static final YAMLMapper YAML = new YAMLMapper();
    private static final Pattern PINNED_IMAGE = Pattern.compile("[\\w./-]+:v?\\d+\\.\\d+\\.\\d+");
    private static final Pattern SELECTOR_JOB = Pattern.compile("job=\"([^\"]+)\"");

    /** One volume of a service: a bind mount (source is a path, resolved against monitoring/) or a named volume. */
    private record Mount(String source, String target, boolean bind) {

        Path hostPath() {
            return MONITORING.resolve(source).normalize();
        }
    }

    private static JsonNode yaml(String file) throws IOException {
        return YAML.readTree(MONITORING.resolve(file).toFile());
    }

    private static JsonNode service(String name) throws IOException {
        JsonNode service = yaml("docker-compose.yml").path("services").path(name);
        assertThat(service.isObject())
                .as("docker-compose.yml has a service '%s'", name)
                .isTrue();
        return service;
    }

    private static List<Mount> mounts(JsonNode service) {
        List<Mount> mounts = new ArrayList<>();
        for (JsonNode volume : service.path("volumes")) {
            if (volume.isTextual()) {
                String[] parts = volume.asText().split(":");
                mounts.add(new Mount(parts[0], parts[1], parts[0].startsWith(".") || parts[0].startsWith("/")));
            } else {
                mounts.add(new Mount(
                        volume.path("source").asText(),
                        volume.path("target").asText(),
                        volume.path("type").asText().equals("bind")));
            }
        }
        return mounts;
    }

    private static Mount mountAt(JsonNode service, String target) {
        return mounts(service).stream()
                .filter(m -> m.target().equals(target))
                .findFirst()
                .orElseThrow(() -> new AssertionError("nothing is mounted at " + target));
    }

    private static String jobOf(String selector) {
        Matcher matcher = SELECTOR_JOB.matcher(selector);
        assertThat(matcher.find()).as("job matcher in %s", selector).isTrue();
        return matcher.group(1);
    }

    private static Optional<String> flag(JsonNode service, String name) {
        for (JsonNode argument : service.path("command")) {
            if (argument.asText().startsWith(name + "=")) {
                return Optional.of(argument.asText().substring(name.length() + 1));
            }
        }
        return Optional.empty();
    }

    private static List<String> fieldNames(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static JsonNode dataSource(String type) throws IOException {
        for (JsonNode dataSource :
                yaml("grafana/provisioning/datasources/datasources.yml").path("datasources")) {
            if (dataSource.path("type").asText().equals(type)) {
                return dataSource;
            }
        }
        throw new AssertionError("datasources.yml has no " + type + " data source");
    }

    @Test
    void everyBindMountExistsInTheRepositoryExceptTheAppsLogDirectory() throws IOException {
        JsonNode services = yaml("docker-compose.yml").path("services");
        JsonNode namedVolumes = yaml("docker-compose.yml").path("volumes");
        List<String> checked = new ArrayList<>();

        services.fields()
                .forEachRemaining(service -> mounts(service.getValue()).forEach(mount -> {
                    if (!mount.bind()) {
                        assertThat(namedVolumes.has(mount.source()))
                                .as("volume %s is declared", mount.source())
                                .isTrue();
                    } else if (!mount.hostPath()
                            .equals(Path.of(LogSettings.DEFAULT_LOG_FILE).getParent())) {
                        assertThat(mount.hostPath())
                                .as("%s mounts %s", service.getKey(), mount.source())
                                .exists();
                        checked.add(mount.hostPath().toString());
                    }
                }));

        assertThat(checked)
                .contains(
                        "monitoring/prometheus.yml",
                        "monitoring/alerts.yml",
                        "monitoring/loki/loki-config.yml",
                        "monitoring/loki/promtail-config.yml",
                        "monitoring/grafana/provisioning",
                        "monitoring/grafana/dashboards");
    }

    @Test
    void everyImageIsPinnedToAVersion() throws IOException {
        yaml("docker-compose.yml")
                .path("services")
                .fields()
                .forEachRemaining(
                        service -> assertThat(service.getValue().path("image").asText())
                                .as(service.getKey())
                                .matches(PINNED_IMAGE));
    }

    @Test
    void prometheusRunsTheRepositoryConfigWithItsAlertsAndScrapesTheReportsJob() throws IOException {
        JsonNode prometheus = service("prometheus");
        String configFile = flag(prometheus, "--config.file").orElseThrow();
        Path configDir = Path.of(configFile).getParent();

        assertThat(mountAt(prometheus, configFile).hostPath()).isEqualTo(MONITORING.resolve("prometheus.yml"));
        JsonNode config = yaml("prometheus.yml");
        for (JsonNode ruleFile : config.path("rule_files")) {
            Mount rules =
                    mountAt(prometheus, configDir.resolve(ruleFile.asText()).toString());
            assertThat(rules.hostPath()).isEqualTo(MONITORING.resolve("alerts.yml"));
        }
        assertThat(config.path("rule_files")).isNotEmpty();
        assertThat(config.path("scrape_configs"))
                .extracting(job -> job.path("job_name").asText())
                .contains(jobOf(MetricsSettings.DEFAULT_SELECTOR));
        assertThat(flag(prometheus, "--web.listen-address")).hasValue("127.0.0.1:9090");
    }

    @Test
    void promtailShipsTheAppsLogFileUnderTheReportsLokiSelector() throws IOException {
        JsonNode promtail = service("promtail");
        JsonNode config = yaml("loki/promtail-config.yml");
        JsonNode job = config.path("scrape_configs").get(0);
        JsonNode labels = job.path("static_configs").get(0).path("labels");
        Mount logDirectory = mounts(promtail).stream()
                .filter(m -> m.hostPath()
                        .equals(Path.of(LogSettings.DEFAULT_LOG_FILE).getParent()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("promtail does not mount "
                        + Path.of(LogSettings.DEFAULT_LOG_FILE).getParent()));

        assertThat(labels.path("job").asText()).isEqualTo(jobOf(LogSettings.DEFAULT_LOKI_SELECTOR));
        assertThat(Path.of(labels.path("__path__").asText()))
                .isEqualTo(Path.of(logDirectory.target())
                        .resolve(Path.of(LogSettings.DEFAULT_LOG_FILE).getFileName()));
        assertThat(mountAt(promtail, flag(promtail, "-config.file").orElseThrow())
                        .hostPath())
                .isEqualTo(MONITORING.resolve("loki/promtail-config.yml"));
        JsonNode stages = job.path("pipeline_stages");
        assertThat(stages)
                .anySatisfy(stage -> assertThat(stage.path("json")
                                .path("expressions")
                                .path("timestamp")
                                .asText())
                        .isEqualTo("\"@timestamp\""));
        assertThat(stages)
                .filteredOn(stage -> stage.has("labels"))
                .singleElement()
                .satisfies(stage ->
                        assertThat(fieldNames(stage.path("labels"))).containsExactly("level", "route", "status"));
    }

    @Test
    void portsAgreeBetweenGrafanaDataSourcesAndTheServers() throws IOException {
        URI prometheusUrl = URI.create(dataSource("prometheus").path("url").asText());
        URI lokiUrl = URI.create(dataSource("loki").path("url").asText());
        int lokiPort = yaml("loki/loki-config.yml")
                .path("server")
                .path("http_listen_port")
                .asInt();

        assertThat(prometheusUrl.getAuthority())
                .isEqualTo(flag(service("prometheus"), "--web.listen-address").orElseThrow());
        assertThat(lokiUrl.getPort()).isEqualTo(lokiPort);
        assertThat(URI.create(yaml("loki/promtail-config.yml")
                                .path("clients")
                                .get(0)
                                .path("url")
                                .asText())
                        .getPort())
                .isEqualTo(lokiPort);
        assertThat(mountAt(
                                service("loki"),
                                flag(service("loki"), "-config.file").orElseThrow())
                        .hostPath())
                .isEqualTo(MONITORING.resolve("loki/loki-config.yml"));
    }

    @Test
    void grafanaLoadsTheDashboardsAndTheirDatasourceVariableDefaultsToTheProvisionedPrometheus() throws IOException {
        JsonNode grafana = service("grafana");
        JsonNode provider = yaml("grafana/provisioning/dashboards/dashboards.yml")
                .path("providers")
                .get(0);
        String prometheusUid = dataSource("prometheus").path("uid").asText();

        assertThat(mountAt(grafana, "/etc/grafana/provisioning").hostPath())
                .isEqualTo(MONITORING.resolve("grafana/provisioning"));
        Path dashboards =
                mountAt(grafana, provider.path("options").path("path").asText()).hostPath();
        assertThat(dashboards).isEqualTo(MONITORING.resolve("grafana/dashboards"));
        Path home = Path.of(grafana.path("environment")
                .path("GF_DASHBOARDS_DEFAULT_HOME_DASHBOARD_PATH")
                .asText());
        assertThat(dashboards.resolve(
                        Path.of(provider.path("options").path("path").asText()).relativize(home)))
                .as("Grafana's home dashboard")
                .isRegularFile();
        try (var files = Files.list(dashboards)) {
            List<Path> jsonFiles =
                    files.filter(f -> f.toString().endsWith(".json")).toList();
            assertThat(jsonFiles)
                    .extracting(file -> file.getFileName().toString())
                    .containsExactlyInAnyOrder(
                            "api-endpoints-overview.json", "stress-certification.json", "load-test-live.json");
            for (Path file : jsonFiles) {
                JsonNode datasourceVariable = new ObjectMapper()
                        .readTree(file.toFile())
                        .path("templating")
                        .path("list")
                        .get(0);
                assertThat(datasourceVariable.path("current").path("value").asText())
                        .as(file.toString())
                        .isEqualTo(prometheusUid);
            }
        }
    }
}
