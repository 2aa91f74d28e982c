package dev.stressgate.report.sources.metrics;

import java.util.Map;
import java.util.regex.Pattern;

/** A label condition of a scrape fallback computation; like PromQL's, the regex must match the whole value. */
public record LabelMatcher(String name, Pattern regex) {

    public static LabelMatcher equalTo(String name, String value) {
        return new LabelMatcher(name, Pattern.compile(Pattern.quote(value)));
    }

    public static LabelMatcher matching(String name, String regex) {
        return new LabelMatcher(name, Pattern.compile(regex));
    }

    public boolean matches(Map<String, String> labels) {
        return regex.matcher(labels.getOrDefault(name, "")).matches();
    }

    static boolean all(java.util.List<LabelMatcher> matchers, Map<String, String> labels) {
        return matchers.stream().allMatch(m -> m.matches(labels));
    }
}
