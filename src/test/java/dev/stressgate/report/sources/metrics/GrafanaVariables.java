package dev.stressgate.report.sources.metrics;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stands in for Grafana's interpolation of dashboard and built-in variables ($name, ${name}, ${name:format},
 * [[name]]) with fixed values, so a dashboard's PromQL can be sent to Prometheus as Grafana would send it.
 * A variable without a value is an error naming it, so a typo in a dashboard cannot pass unnoticed.
 */
public record GrafanaVariables(Map<String, String> values) {

    private static final Pattern REFERENCE = Pattern.compile("\\$\\{(\\w+)(?::[^}]*)?}|\\[\\[(\\w+)]]|\\$(\\w+)");

    public String interpolate(String text) {
        Matcher matcher = REFERENCE.matcher(text);
        StringBuilder result = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1) != null
                    ? matcher.group(1)
                    : matcher.group(2) != null ? matcher.group(2) : matcher.group(3);
            String value = values.get(name);
            if (value == null) {
                throw new IllegalArgumentException("unknown Grafana variable $" + name + " in: " + text);
            }
            matcher.appendReplacement(result, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(result);
        return result.toString();
    }
}
