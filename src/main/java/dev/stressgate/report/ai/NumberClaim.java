package dev.stressgate.report.ai;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A number with a unit stated in free text. Extraction: a decimal number (dot or comma as decimal mark, thousands
 * separators {@code ,} allowed in integers) directly followed (optionally after a space) by a unit: {@code ms},
 * {@code milliseconds}, {@code s}/{@code sec}/{@code seconds}, {@code %}/{@code percent}, {@code rps},
 * {@code req/s}, {@code requests/s}, {@code /s}, {@code per second}. Numbers without a unit (counts, ids, years)
 * are not claims and are not checked. Seconds are kept as seconds.
 */
public record NumberClaim(String text, double value, Unit unit) {

    /** Unit families a claim is matched within. */
    public enum Unit {
        MILLISECONDS,
        SECONDS,
        PERCENT,
        PER_SECOND
    }

    private static final Pattern CLAIM = Pattern.compile(
            "(?<![\\w.])(\\d{1,3}(?:,\\d{3})+|\\d+(?:[.,]\\d+)?)\\s?"
                    + "(milliseconds|ms|seconds|secs?|s|percent|%|rps|req/s|requests/s|requests per second|per second|/s)(?![\\w/])",
            Pattern.CASE_INSENSITIVE);

    public static List<NumberClaim> extract(String text) {
        List<NumberClaim> claims = new ArrayList<>();
        if (text == null) {
            return claims;
        }
        Matcher m = CLAIM.matcher(text);
        while (m.find()) {
            claims.add(new NumberClaim(m.group(), number(m.group(1)), unit(m.group(2))));
        }
        return claims;
    }

    private static double number(String raw) {
        if (raw.matches("\\d{1,3}(,\\d{3})+")) {
            return Double.parseDouble(raw.replace(",", ""));
        }
        return Double.parseDouble(raw.replace(',', '.'));
    }

    private static Unit unit(String raw) {
        return switch (raw.toLowerCase(Locale.ROOT)) {
            case "ms", "milliseconds" -> Unit.MILLISECONDS;
            case "s", "sec", "secs", "seconds" -> Unit.SECONDS;
            case "%", "percent" -> Unit.PERCENT;
            default -> Unit.PER_SECOND;
        };
    }
}
