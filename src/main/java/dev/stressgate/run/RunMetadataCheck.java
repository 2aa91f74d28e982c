package dev.stressgate.run;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;

/**
 * Checks the fields of a parsed {@code run.json} before they are bound, so a missing or mistyped field is reported
 * with the file, the field and what was expected (never a null taken as 1970 or an exception text).
 */
final class RunMetadataCheck {
    private final Path file;

    RunMetadataCheck(Path file) {
        this.file = file;
    }

    void check(JsonNode root) {
        if (root == null || !root.isObject()) {
            throw problem(
                    "the document",
                    "a JSON object",
                    root == null || root.isMissingNode()
                            ? "nothing"
                            : root.getNodeType().name().toLowerCase());
        }
        JsonNode version = root.get("schema_version");
        if (version == null || !version.isIntegralNumber() || version.asLong() != RunMetadata.SCHEMA_VERSION) {
            throw problem("schema_version", String.valueOf(RunMetadata.SCHEMA_VERSION), describe(version));
        }
        text(root, "run_id");
        text(root, "base_url");
        text(root, "simulation");
        text(root, "gatling_version");
        JsonNode profile = root.get("profile");
        if (profile == null || !profile.isObject()) {
            throw problem("profile", "an object with the profile's name", describe(profile));
        }
        text(profile, "name", "profile.name");
        long start = epochMs(root, "start_epoch_ms");
        JsonNode end = root.get("end_epoch_ms");
        if (end != null && !end.isNull()) {
            long endMs = epochMs(root, "end_epoch_ms");
            if (endMs < start) {
                throw problem(
                        "end_epoch_ms", "a time not before start_epoch_ms (" + start + ")", String.valueOf(endMs));
            }
        }
        workload(root.get("workload"));
        JsonNode commit = root.get("git_commit");
        if (commit != null && !commit.isNull() && !commit.isTextual()) {
            throw problem("git_commit", "a string or null", describe(commit));
        }
    }

    /** The workload is optional (older runs have none); when present every flow must be well formed. */
    private void workload(JsonNode workload) {
        if (workload == null || workload.isNull()) {
            return;
        }
        JsonNode flows = workload.get("flows");
        if (!workload.isObject() || flows == null || !flows.isArray()) {
            throw problem("workload", "an object with a flows array", describe(workload));
        }
        for (int i = 0; i < flows.size(); i++) {
            JsonNode flow = flows.get(i);
            String path = "workload.flows[" + i + "]";
            if (!flow.isObject()) {
                throw problem(path, "an object with name, population, transport and delivery_request", describe(flow));
            }
            text(flow, "name", path + ".name");
            JsonNode population = flow.get("population");
            if (population != null && !population.isNull()) {
                text(flow, "population", path + ".population");
            }
            JsonNode transport = flow.get("transport");
            if (transport == null
                    || !transport.isTextual()
                    || !Workload.Transport.ids().contains(transport.asText())) {
                throw problem(
                        path + ".transport",
                        "one of " + String.join(", ", Workload.Transport.ids()),
                        describe(transport));
            }
            JsonNode delivery = flow.get("delivery_request");
            if (delivery != null && !delivery.isNull()) {
                text(flow, "delivery_request", path + ".delivery_request");
            }
        }
    }

    private void text(JsonNode node, String field) {
        text(node, field, field);
    }

    private void text(JsonNode node, String field, String path) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw problem(path, "a non-empty string", describe(value));
        }
    }

    private long epochMs(JsonNode root, String field) {
        JsonNode value = root.get(field);
        if (value == null || !value.canConvertToLong() || !value.isIntegralNumber() || value.asLong() <= 0) {
            throw problem(field, "epoch milliseconds (an integer > 0)", describe(value));
        }
        return value.asLong();
    }

    private IllegalArgumentException problem(String field, String expected, String got) {
        return new IllegalArgumentException(file + ": field '" + field + "': expected " + expected + ", got " + got);
    }

    private static String describe(JsonNode value) {
        if (value == null) {
            return "nothing (the field is missing)";
        }
        String text = value.isTextual() ? "\"" + value.asText() + "\"" : value.toString();
        return text.length() > 60 ? text.substring(0, 60) + "…" : text;
    }
}
