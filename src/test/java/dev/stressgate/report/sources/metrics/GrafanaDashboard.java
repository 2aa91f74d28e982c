package dev.stressgate.report.sources.metrics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The PromQL of one Grafana dashboard JSON file: every panel target's {@code expr} (panels nested in rows
 * included) and every query variable's definition, as Grafana stores them (variables not yet interpolated).
 */
public record GrafanaDashboard(
        Path file,
        String uid,
        String title,
        List<Panel> panels,
        List<PanelQuery> panelQueries,
        List<VariableQuery> variableQueries,
        List<JsonNode> variables) {

    /** A panel as laid out: rows are panels too (type "row"). */
    record Panel(int id, String type, String title, int targetCount) {}

    /** One target of a panel; {@code datasourceUid} is the target's own data source, else the panel's. */
    public record PanelQuery(String panelTitle, String refId, String datasourceUid, String expr) {}

    /** A variable of type "query"; {@code definition} is the query text Grafana runs, e.g. label_values(up, job). */
    record VariableQuery(String name, String definition) {

        private static final Pattern LABEL_VALUES = Pattern.compile("label_values\\((?:(.+),\\s*)?(\\w+)\\s*\\)");

        /**
         * The Prometheus API request Grafana makes for label_values(selector, label): the label values API with the
         * interpolated selector as match[]. Other variable query kinds are not used by the dashboards.
         */
        String labelValuesRequest(GrafanaVariables variables) {
            Matcher matcher = LABEL_VALUES.matcher(definition.strip());
            if (!matcher.matches()) {
                throw new IllegalArgumentException(
                        "variable $" + name + ": expected label_values(...), got: " + definition);
            }
            String path = "/api/v1/label/" + matcher.group(2) + "/values";
            return matcher.group(1) == null
                    ? path
                    : path + "?match[]="
                            + URLEncoder.encode(variables.interpolate(matcher.group(1)), StandardCharsets.UTF_8);
        }
    }

    public static GrafanaDashboard load(Path file) throws IOException {
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        List<Panel> panels = new ArrayList<>();
        List<PanelQuery> queries = new ArrayList<>();
        collectPanels(root.path("panels"), panels, queries);
        List<VariableQuery> variableQueries = new ArrayList<>();
        List<JsonNode> variables = new ArrayList<>();
        for (JsonNode variable : root.path("templating").path("list")) {
            variables.add(variable);
            if ("query".equals(variable.path("type").asText())) {
                JsonNode query = variable.path("query");
                String definition =
                        query.isTextual() ? query.asText() : query.path("query").asText();
                variableQueries.add(new VariableQuery(variable.path("name").asText(), definition));
            }
        }
        return new GrafanaDashboard(
                file,
                root.path("uid").asText(),
                root.path("title").asText(),
                panels,
                queries,
                variableQueries,
                variables);
    }

    private static void collectPanels(JsonNode panelArray, List<Panel> panels, List<PanelQuery> queries) {
        for (JsonNode panel : panelArray) {
            String title = panel.path("title").asText();
            JsonNode targets = panel.path("targets");
            panels.add(new Panel(panel.path("id").asInt(-1), panel.path("type").asText(), title, targets.size()));
            for (JsonNode target : targets) {
                JsonNode datasource = target.has("datasource") ? target.path("datasource") : panel.path("datasource");
                queries.add(new PanelQuery(
                        title,
                        target.path("refId").asText(),
                        datasource.path("uid").asText(),
                        target.path("expr").asText()));
            }
            collectPanels(panel.path("panels"), panels, queries);
        }
    }
}
