package dev.stressgate.report.sources.exposition;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Parser for the Prometheus text exposition format (version 0.0.4, also accepting the OpenMetrics {@code # EOF}
 * marker): {@code # HELP} and {@code # TYPE} lines, other comments, samples with optional labels (escapes
 * {@code \\}, {@code \"}, {@code \n}), values including {@code NaN}, {@code +Inf} and {@code -Inf}, and an
 * optional millisecond timestamp. A malformed line fails the whole document with its line and column.
 */
public final class PrometheusTextParser {

    public Exposition parse(String text) throws ExpositionParseException {
        List<Sample> samples = new ArrayList<>();
        Map<String, MetricType> types = new HashMap<>();
        Map<String, String> help = new HashMap<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1) : lines[i];
            LineCursor cursor = new LineCursor(line, i + 1);
            cursor.skipBlanks();
            if (cursor.atEnd()) {
                continue;
            }
            if (cursor.peek() == '#') {
                parseComment(cursor, types, help);
            } else {
                samples.add(parseSample(cursor));
            }
        }
        return new Exposition(samples, types, help);
    }

    private static void parseComment(LineCursor cursor, Map<String, MetricType> types, Map<String, String> help)
            throws ExpositionParseException {
        cursor.advance();
        cursor.skipBlanks();
        String keyword = cursor.readWhile(c -> c != ' ' && c != '\t');
        if (!keyword.equals("HELP") && !keyword.equals("TYPE")) {
            return;
        }
        cursor.skipBlanks();
        String family = cursor.readMetricName();
        cursor.skipBlanks();
        if (keyword.equals("TYPE")) {
            String declared = cursor.readWhile(c -> c != ' ' && c != '\t');
            try {
                types.put(family, MetricType.fromDeclaration(declared));
            } catch (IllegalArgumentException e) {
                throw cursor.error(e.getMessage());
            }
        } else {
            help.put(family, unescapeHelp(cursor.rest()));
        }
    }

    private static Sample parseSample(LineCursor cursor) throws ExpositionParseException {
        String name = cursor.readMetricName();
        Map<String, String> labels = new LinkedHashMap<>();
        boolean separated = cursor.skipBlanks();
        if (!cursor.atEnd() && cursor.peek() == '{') {
            cursor.advance();
            parseLabels(cursor, labels);
            separated = cursor.skipBlanks();
        }
        if (!separated) {
            throw cursor.error("expected whitespace before the sample value");
        }
        double value = parseValue(cursor, cursor.readWhile(c -> c != ' ' && c != '\t'));
        cursor.skipBlanks();
        Long timestamp = null;
        if (!cursor.atEnd()) {
            String token = cursor.readWhile(c -> c != ' ' && c != '\t');
            try {
                timestamp = Long.parseLong(token);
            } catch (NumberFormatException e) {
                throw cursor.error("expected an integer timestamp in milliseconds but found '" + token + "'");
            }
            cursor.skipBlanks();
            if (!cursor.atEnd()) {
                throw cursor.error("unexpected text after the timestamp");
            }
        }
        return new Sample(name, labels, value, timestamp);
    }

    private static void parseLabels(LineCursor cursor, Map<String, String> labels) throws ExpositionParseException {
        while (true) {
            cursor.skipBlanks();
            if (cursor.atEnd()) {
                throw cursor.error("unterminated label set, expected '}'");
            }
            if (cursor.peek() == '}') {
                cursor.advance();
                return;
            }
            String labelName = cursor.readLabelName();
            cursor.skipBlanks();
            cursor.expect('=');
            cursor.skipBlanks();
            cursor.expect('"');
            String labelValue = cursor.readQuotedLabelValue();
            if (labels.put(labelName, labelValue) != null) {
                throw cursor.error("duplicate label '" + labelName + "'");
            }
            cursor.skipBlanks();
            if (cursor.atEnd()) {
                throw cursor.error("unterminated label set, expected ',' or '}'");
            }
            if (cursor.peek() == ',') {
                cursor.advance();
            } else if (cursor.peek() != '}') {
                throw cursor.error("expected ',' or '}' after label '" + labelName + "'");
            }
        }
    }

    private static double parseValue(LineCursor cursor, String token) throws ExpositionParseException {
        switch (token.toLowerCase(Locale.ROOT)) {
            case "nan":
                return Double.NaN;
            case "+inf":
            case "inf":
                return Double.POSITIVE_INFINITY;
            case "-inf":
                return Double.NEGATIVE_INFINITY;
            case "":
                throw cursor.error("missing sample value");
            default:
                try {
                    return Double.parseDouble(token);
                } catch (NumberFormatException e) {
                    throw cursor.error("expected a float value (or NaN, +Inf, -Inf) but found '" + token + "'");
                }
        }
    }

    private static String unescapeHelp(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\\' && i + 1 < raw.length()) {
                char next = raw.charAt(++i);
                out.append(next == 'n' ? '\n' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
