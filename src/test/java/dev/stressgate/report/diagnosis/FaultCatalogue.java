package dev.stressgate.report.diagnosis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The fault catalogue of the diagnosis matrix ({@code src/test/resources/diagnosis/faults.json}): one cell per fault
 * and magnitude, each naming its base profile, the faults to plant and the rule expected to rank first.
 */
/**
 * @param knownGaps "target/cell" -> why the diagnosis cannot name that cell's cause yet; such a cell is reported as a
 *                  known gap (skipped with its reason) instead of a failure, and the test fails once it passes
 */
public record FaultCatalogue(Path directory, List<Cell> cells, java.util.Map<String, String> knownGaps) {
    public static final Path DEFAULT = Path.of("src/test/resources/diagnosis/faults.json");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /**
     * One cell of the matrix.
     *
     * @param expectedTopCause rule name of the expected first cause finding; empty for the healthy control
     */
    public record Cell(
            String id,
            String fault,
            String magnitude,
            String profile,
            JsonNode faults,
            Optional<String> expectedTopCause) {

        public String expectation() {
            return expectedTopCause.orElse("no cause");
        }
    }

    public static FaultCatalogue load(Path file) {
        JsonNode root;
        try {
            root = MAPPER.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the fault catalogue " + file + ": " + e.getMessage(), e);
        }
        List<Cell> cells = new ArrayList<>();
        JsonNode array = root.path("cells");
        if (!array.isArray() || array.isEmpty()) {
            throw new IllegalArgumentException(file + ": cells: expected a non-empty array");
        }
        for (int i = 0; i < array.size(); i++) {
            JsonNode cell = array.get(i);
            String where = file + ": cells[" + i + "]";
            JsonNode expected = cell.path("expected_top_cause");
            if (!expected.isNull() && !expected.isTextual()) {
                throw new IllegalArgumentException(where + ".expected_top_cause: expected a rule name or null");
            }
            cells.add(new Cell(
                    text(cell, "id", where),
                    text(cell, "fault", where),
                    text(cell, "magnitude", where),
                    text(cell, "profile", where),
                    cell.path("faults"),
                    expected.isNull() ? Optional.empty() : Optional.of(expected.asText())));
        }
        java.util.Map<String, String> gaps = new java.util.TreeMap<>();
        JsonNode known = root.path("known_gaps");
        for (int i = 0; i < known.size(); i++) {
            String where = file + ": known_gaps[" + i + "]";
            JsonNode gap = known.get(i);
            gaps.put(text(gap, "target", where) + "/" + text(gap, "cell", where), text(gap, "why", where));
        }
        return new FaultCatalogue(file.getParent(), List.copyOf(cells), java.util.Map.copyOf(gaps));
    }

    /** Why the cause of this target's cell cannot be named yet, when it is a documented known gap. */
    public Optional<String> knownGap(String target, String cellId) {
        return Optional.ofNullable(knownGaps.get(target + "/" + cellId));
    }

    public Cell cell(String id) {
        return cells.stream()
                .filter(c -> c.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no cell '" + id + "' in the fault catalogue; known: "
                        + cells.stream().map(Cell::id).toList()));
    }

    /** The cell's profile: its base profile named {@code matrix-<cell id>} with the cell's faults, if any. */
    public ObjectNode profileFor(Cell cell) {
        Path base = directory.resolve("profiles").resolve(cell.profile() + ".json");
        ObjectNode profile;
        try {
            profile = (ObjectNode) MAPPER.readTree(base.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read base profile " + base + ": " + e.getMessage(), e);
        }
        profile.put("name", "matrix-" + cell.id().replace('.', '-'));
        if (cell.faults().isObject()) {
            profile.set("faults", cell.faults());
        }
        return profile;
    }

    /** Writes the cell's profile into {@code dir} and returns its path. */
    public Path writeProfile(Cell cell, Path dir) {
        Path file = dir.resolve("matrix-" + cell.id().replace('.', '-') + ".json");
        try {
            Files.createDirectories(dir);
            MAPPER.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), profileFor(cell));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
        return file;
    }

    private static String text(JsonNode node, String field, String where) {
        JsonNode value = node.path(field);
        if (!value.isTextual() || value.asText().isBlank()) {
            throw new IllegalArgumentException(where + "." + field + ": expected a non-empty string");
        }
        return value.asText();
    }
}
