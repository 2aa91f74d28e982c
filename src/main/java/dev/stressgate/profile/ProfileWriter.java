package dev.stressgate.profile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Writes a resolved profile back in the profile file format (defaults filled in, phases expanded to stages), so a
 * run's {@code profile.json} is exactly what the run used and loads again with {@link ProfileLoader}.
 */
public final class ProfileWriter {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public ObjectNode toJson(LoadProfile profile) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("name", profile.name());
        root.put("description", profile.description());
        root.put("kind", profile.kind().id());
        root.put("model", profile.model().id());
        ObjectNode populations = root.putObject("populations");
        profile.populations().forEach((name, population) -> {
            if (!population.stages().isEmpty()) {
                ArrayNode stages = populations.putObject(name.id()).putArray("stages");
                population.stages().forEach(stage -> {
                    ObjectNode node = stages.addObject();
                    if (profile.model() == InjectionModel.CLOSED) {
                        node.put(profile.model().targetField(), (int) stage.target());
                    } else {
                        node.put(profile.model().targetField(), stage.target());
                    }
                    node.put("ramp_s", stage.rampSeconds());
                    node.put("hold_s", stage.holdSeconds());
                });
            }
            if (name == PopulationName.REALTIME && populations.has(name.id())) {
                ObjectNode realtime = (ObjectNode) populations.get(name.id());
                realtime.put("connection", profile.realtimeConnection().mode().id());
                realtime.put("heartbeat_s", profile.realtimeConnection().heartbeatSeconds());
                realtime.put(
                        "max_reconnect_backoff_s", profile.realtimeConnection().maxReconnectBackoffSeconds());
            }
        });
        ObjectNode think = root.putObject("think_time_s");
        think.put("min", profile.thinkTime().minSeconds());
        think.put("max", profile.thinkTime().maxSeconds());
        ObjectNode session = root.putObject("session");
        session.put("actions", profile.session().actions());
        session.put("selection", profile.session().selection().id());
        ObjectNode mix = root.putObject("mix");
        profile.mix().weights().forEach(mix::put);
        ArrayNode slos = root.putArray("slos");
        profile.slos().forEach(slo -> {
            ObjectNode node = slos.addObject();
            node.put("metric", slo.metric().id());
            node.put("scope", slo.scope());
            node.put(slo.boundField(), slo.threshold());
        });
        profile.maxDuration().ifPresent(seconds -> root.put("max_duration_s", seconds));
        profile.faultsToInject().ifPresent(faults -> root.set("faults", faultsJson(faults)));
        profile.resilienceObjective()
                .ifPresent(
                        resilience -> root.putObject("resilience").put("min_success_pct", resilience.minSuccessPct()));
        profile.abortConditions().ifPresent(abort -> {
            ArrayNode conditions = root.putArray("abort_when");
            abort.conditions()
                    .forEach(condition -> conditions
                            .addObject()
                            .put(condition.signal().id(), condition.threshold())
                            .put("for_s", condition.forSeconds()));
        });
        return root;
    }

    /** The faults object alone, as the reference app's {@code PUT /admin/faults} expects it (absent parts omitted). */
    public ObjectNode faultsJson(Faults faults) {
        return MAPPER.valueToTree(faults);
    }

    public byte[] toBytes(LoadProfile profile) {
        try {
            return MAPPER.writeValueAsBytes(toJson(profile));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise profile " + profile.name(), e);
        }
    }
}
