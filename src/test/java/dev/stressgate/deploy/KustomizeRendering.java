package dev.stressgate.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Renders a kustomization the way {@code kubectl kustomize} does, for the features deploy/kubernetes uses and no
 * more, so the manifests can be checked where kubectl is not installed: {@code resources} (files and directories,
 * recursively), {@code configMapGenerator} (literals, files, behavior create/merge/replace), {@code labels}
 * (metadata only), {@code images} and {@code replacements} (dotted field paths). Not rendered: the generated
 * ConfigMaps' hash suffixes and the renaming of their references. Any other kustomization field is refused, so a
 * manifest change this class does not understand fails the test instead of going unchecked.
 */
final class KustomizeRendering {
    private static final YAMLMapper YAML = new YAMLMapper();
    private static final Set<String> RENDERED =
            Set.of("apiVersion", "kind", "resources", "configMapGenerator", "labels", "images", "replacements");

    private KustomizeRendering() {}

    /** Every object the kustomization in {@code dir} produces. */
    static List<ObjectNode> render(Path dir) throws IOException {
        Path file = dir.resolve("kustomization.yaml");
        JsonNode kustomization = YAML.readTree(file.toFile());
        kustomization.fieldNames().forEachRemaining(field -> {
            if (!RENDERED.contains(field)) {
                throw new IllegalArgumentException(file + ": field '" + field + "' is not rendered by this test "
                        + "(it renders " + RENDERED + "); extend KustomizeRendering or use kubectl kustomize");
            }
        });
        List<ObjectNode> objects = new ArrayList<>();
        for (JsonNode resource : kustomization.path("resources")) {
            Path path = dir.resolve(resource.asText()).normalize();
            if (Files.isDirectory(path)) {
                objects.addAll(render(path));
            } else {
                objects.addAll(documents(path));
            }
        }
        for (JsonNode generator : kustomization.path("configMapGenerator")) {
            generate(dir, generator, objects);
        }
        for (JsonNode label : kustomization.path("labels")) {
            for (ObjectNode object : objects) {
                ObjectNode labels = object.withObjectProperty("metadata").withObjectProperty("labels");
                label.path("pairs").properties().forEach(pair -> labels.set(pair.getKey(), pair.getValue()));
            }
        }
        for (JsonNode image : kustomization.path("images")) {
            objects.forEach(object -> retag(object, image));
        }
        for (JsonNode replacement : kustomization.path("replacements")) {
            replace(file, replacement, objects);
        }
        return objects;
    }

    private static List<ObjectNode> documents(Path file) throws IOException {
        List<ObjectNode> documents = new ArrayList<>();
        try (MappingIterator<JsonNode> it =
                YAML.readerFor(JsonNode.class).readValues(Files.readString(file, StandardCharsets.UTF_8))) {
            while (it.hasNext()) {
                JsonNode node = it.next();
                if (node != null && !node.isEmpty()) {
                    documents.add((ObjectNode) node);
                }
            }
        }
        return documents;
    }

    private static void generate(Path dir, JsonNode generator, List<ObjectNode> objects) throws IOException {
        String name = generator.path("name").asText();
        ObjectNode data = YAML.createObjectNode();
        for (JsonNode literal : generator.path("literals")) {
            String[] pair = literal.asText().split("=", 2);
            data.put(pair[0], pair[1]);
        }
        for (JsonNode source : generator.path("files")) {
            String[] pair = source.asText().split("=", 2);
            Path path = dir.resolve(pair[pair.length - 1]);
            data.put(pair.length == 2 ? pair[0] : path.getFileName().toString(), Files.readString(path));
        }
        String behavior = generator.path("behavior").asText("create");
        ObjectNode existing = objects.stream()
                .filter(o -> o.path("kind").asText().equals("ConfigMap"))
                .filter(o -> o.path("metadata").path("name").asText().equals(name))
                .findFirst()
                .orElse(null);
        switch (behavior) {
            case "create" -> {
                if (existing != null) {
                    throw new IllegalArgumentException("ConfigMap " + name + " is generated twice");
                }
                ObjectNode map = YAML.createObjectNode().put("apiVersion", "v1").put("kind", "ConfigMap");
                map.putObject("metadata").put("name", name);
                map.set("data", data);
                objects.add(map);
            }
            case "merge", "replace" -> {
                if (existing == null) {
                    throw new IllegalArgumentException("ConfigMap " + name + ": behavior " + behavior
                            + " needs a ConfigMap of that name in the resources");
                }
                if (behavior.equals("replace")) {
                    existing.set("data", data);
                } else {
                    existing.withObjectProperty("data").setAll(data);
                }
            }
            default -> throw new IllegalArgumentException("ConfigMap " + name + ": unknown behavior " + behavior);
        }
    }

    private static void retag(JsonNode node, JsonNode image) {
        if (node.isObject()) {
            JsonNode current = node.get("image");
            String name = image.path("name").asText();
            if (current != null
                    && current.isTextual()
                    && (current.asText().equals(name) || current.asText().startsWith(name + ":"))) {
                String tag = image.has("newTag")
                        ? ":" + image.get("newTag").asText()
                        : current.asText().substring(name.length());
                ((ObjectNode) node).put("image", image.path("newName").asText(name) + tag);
            }
        }
        node.elements().forEachRemaining(child -> retag(child, image));
    }

    private static void replace(Path file, JsonNode replacement, List<ObjectNode> objects) {
        JsonNode source = replacement.path("source");
        ObjectNode from = select(file, source, objects).get(0);
        JsonNode value = at(from, source.path("fieldPath").asText());
        if (value == null) {
            throw new IllegalArgumentException(file + ": replacement source " + source + " has no such field");
        }
        for (JsonNode target : replacement.path("targets")) {
            for (ObjectNode object : select(file, target.path("select"), objects)) {
                for (JsonNode fieldPath : target.path("fieldPaths")) {
                    String[] steps = fieldPath.asText().split("\\.");
                    JsonNode parent = at(object, String.join(".", List.of(steps).subList(0, steps.length - 1)));
                    String last = steps[steps.length - 1];
                    if (parent == null || !parent.has(last)) {
                        throw new IllegalArgumentException(
                                file + ": replacement target " + fieldPath.asText() + " does not exist in "
                                        + object.path("metadata").path("name").asText());
                    }
                    ((ObjectNode) parent)
                            .set(
                                    last,
                                    parent.get(last).isNumber()
                                            ? IntNode.valueOf(Integer.parseInt(value.asText()))
                                            : TextNode.valueOf(value.asText()));
                }
            }
        }
    }

    private static List<ObjectNode> select(Path file, JsonNode selector, List<ObjectNode> objects) {
        List<ObjectNode> selected = objects.stream()
                .filter(o -> !selector.has("kind")
                        || o.path("kind").asText().equals(selector.path("kind").asText()))
                .filter(o -> !selector.has("name")
                        || o.path("metadata")
                                .path("name")
                                .asText()
                                .equals(selector.path("name").asText()))
                .toList();
        if (selected.isEmpty()) {
            throw new IllegalArgumentException(file + ": no object matches " + selector);
        }
        return selected;
    }

    /** The node at a dotted path ({@code spec.parallelism}, {@code data.INJECTOR_COUNT}), or null. */
    private static JsonNode at(JsonNode node, String dotted) {
        if (dotted.isEmpty()) {
            return node;
        }
        JsonNode current = node;
        Iterator<String> steps = List.of(dotted.split("\\.")).iterator();
        while (current != null && steps.hasNext()) {
            current = current.get(steps.next());
        }
        return current;
    }

    /** For tests: the objects keyed by {@code kind/name}. */
    static Map<String, ObjectNode> byKindAndName(List<ObjectNode> objects) {
        Map<String, ObjectNode> map = new java.util.LinkedHashMap<>();
        objects.forEach(o -> map.put(
                o.path("kind").asText() + "/" + o.path("metadata").path("name").asText(), o));
        return map;
    }
}
