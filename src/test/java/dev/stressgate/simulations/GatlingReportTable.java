package dev.stressgate.simulations;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Per-request OK/KO counts read from the statistics table of Gatling 3.15's HTML report ({@code index.html} of
 * {@code <run>/gatling/<simulation>-<timestamp>/}); 3.15 no longer writes a {@code js/stats.json}. Test support only:
 * the report module reads {@code simulation.log} itself.
 */
final class GatlingReportTable {
    private static final Pattern REQUEST_ROW = Pattern.compile(
            "<tr id=\"req_[^\"]*\" data-parent=\"[^\"]*\">.*?class=\"ellipsed-name\">([^<]+)</span>.*?"
                    + "<td class=\"value ok col-3\">([0-9,]+)</td>\\s*<td class=\"value ko col-4\">([0-9,]+)</td>",
            Pattern.DOTALL);

    /** OK and KO counts of one request name. */
    record Counts(long ok, long ko) {
    }

    private GatlingReportTable() {
    }

    /** The counts of every request of the single Gatling run found under {@code gatlingResults}. */
    static Map<String, Counts> read(Path gatlingResults) {
        Path index = reportIndex(gatlingResults);
        String html;
        try {
            html = Files.readString(index, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + index, e);
        }
        Map<String, Counts> counts = new LinkedHashMap<>();
        Matcher row = REQUEST_ROW.matcher(html);
        while (row.find()) {
            counts.put(unescape(row.group(1)), new Counts(number(row.group(2)), number(row.group(3))));
        }
        if (counts.isEmpty()) {
            throw new IllegalStateException(index + ": no request rows found in the statistics table");
        }
        return counts;
    }

    static Path reportIndex(Path gatlingResults) {
        try (Stream<Path> runs = Files.list(gatlingResults)) {
            return runs.map(run -> run.resolve("index.html")).filter(Files::isRegularFile).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no Gatling report under " + gatlingResults));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + gatlingResults, e);
        }
    }

    private static long number(String text) {
        return Long.parseLong(text.replace(",", ""));
    }

    private static String unescape(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
    }
}
