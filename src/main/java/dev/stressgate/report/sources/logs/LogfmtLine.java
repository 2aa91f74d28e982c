package dev.stressgate.report.sources.logs;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;

/**
 * Reads a logfmt line ({@code time=2026-11-22T05:00:01Z level=info msg="request done" status=200}: space-separated
 * {@code key=value} pairs, values quoted when they hold spaces, {@code \"} and {@code \\} escaped; a bare key is a
 * flag) into a flat object of text values, so the same field lookup serves JSON and logfmt. A line counts as
 * logfmt when it has at least two pairs and pairs are at least half of its tokens; one pass, linear.
 */
final class LogfmtLine {

    private LogfmtLine() {}

    static Optional<ObjectNode> parse(String line) {
        ObjectNode fields = JsonNodeFactory.instance.objectNode();
        int pairs = 0;
        int tokens = 0;
        int i = 0;
        int n = line.length();
        while (i < n) {
            while (i < n && line.charAt(i) == ' ') {
                i++;
            }
            if (i >= n) {
                break;
            }
            int keyStart = i;
            while (i < n && line.charAt(i) != '=' && line.charAt(i) != ' ' && line.charAt(i) != '"') {
                i++;
            }
            tokens++;
            if (i == keyStart || i >= n || line.charAt(i) != '=') {
                while (i < n && line.charAt(i) != ' ') {
                    i++;
                }
                continue;
            }
            String key = line.substring(keyStart, i);
            i++;
            StringBuilder value = new StringBuilder();
            if (i < n && line.charAt(i) == '"') {
                i++;
                while (i < n && line.charAt(i) != '"') {
                    char c = line.charAt(i);
                    if (c == '\\' && i + 1 < n && (line.charAt(i + 1) == '"' || line.charAt(i + 1) == '\\')) {
                        c = line.charAt(++i);
                    }
                    value.append(c);
                    i++;
                }
                i++;
            } else {
                while (i < n && line.charAt(i) != ' ') {
                    value.append(line.charAt(i++));
                }
            }
            fields.put(key, value.toString());
            pairs++;
        }
        return pairs >= 2 && pairs * 2 >= tokens ? Optional.of(fields) : Optional.empty();
    }
}
