package dev.stressgate.deploy;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBuilder;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import java.util.Map;

/**
 * The Kubernetes API schema as fabric8's model classes, strict: every object must be a kind this project deploys,
 * and every field must exist in the API with the right type. fabric8's classes keep unknown fields in an
 * "additionalProperties" map instead of refusing them, so this mapper removes that catch-all from every model
 * class and fails on unknown properties.
 */
final class KubernetesSchema {
    private static final Map<String, Class<? extends KubernetesResource>> KINDS = Map.of(
            "v1/ConfigMap", ConfigMap.class,
            "v1/PersistentVolumeClaim", PersistentVolumeClaim.class,
            "v1/Pod", Pod.class,
            "batch/v1/Job", Job.class);
    private static final String MODEL_PACKAGE = "io.fabric8.kubernetes.api.model";

    private static final ObjectMapper STRICT = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .registerModule(new SimpleModule("strict-kubernetes-model").setDeserializerModifier(new NoCatchAll()));

    private KubernetesSchema() {}

    /** The object as its model class; an unknown kind, unknown field or wrong type fails, naming where. */
    static KubernetesResource validate(JsonNode object, String origin) {
        String key =
                object.path("apiVersion").asText() + "/" + object.path("kind").asText();
        Class<? extends KubernetesResource> type = KINDS.get(key);
        if (type == null) {
            throw new IllegalArgumentException(origin + ": kind " + key + " is not one this project deploys "
                    + "(expected one of " + KINDS.keySet() + ")");
        }
        try {
            return STRICT.treeToValue(object, type);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException(origin + ": " + key + " "
                    + object.path("metadata").path("name").asText()
                    + " does not match the Kubernetes API schema: " + e.getOriginalMessage() + " at "
                    + e.getLocation() + " (path " + pathOf(e) + ")");
        }
    }

    private static String pathOf(com.fasterxml.jackson.core.JsonProcessingException e) {
        return e instanceof com.fasterxml.jackson.databind.JsonMappingException mapping
                ? mapping.getPathReference()
                : "?";
    }

    /** Drops the {@code @JsonAnySetter} of fabric8's model classes, so unknown fields reach the unknown-field check. */
    private static final class NoCatchAll extends BeanDeserializerModifier {
        @Override
        public BeanDeserializerBuilder updateBuilder(
                DeserializationConfig config, BeanDescription description, BeanDeserializerBuilder builder) {
            if (description.getBeanClass().getName().startsWith(MODEL_PACKAGE)) {
                builder.setAnySetter(null);
            }
            return builder;
        }
    }
}
