package dev.stressgate.profile;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Turns a profile's JSON tree into a validated {@link LoadProfile}; the first problem found aborts with its location. */
final class ProfileParser {
    private static final List<String> TOP_LEVEL = List.of(
            "name",
            "description",
            "kind",
            "model",
            "phases",
            "populations",
            "think_time_s",
            "session",
            "mix",
            "slos",
            "max_duration_s",
            "faults",
            "resilience",
            "abort_when");
    private static final List<String> PHASE_FIELDS = List.of("ramp_up_s", "hold_s", "ramp_down_s");
    private static final List<String> THINK_FIELDS = List.of("min", "max");
    private static final List<String> SESSION_FIELDS = List.of("actions", "selection");
    private static final List<String> SLO_FIELDS = List.of("metric", "scope", "max", "min");
    private static final List<String> RESILIENCE_FIELDS = List.of("min_success_pct");
    private static final SessionPlan DEFAULT_SESSION = new SessionPlan(10, ActionSelection.WEIGHTED);
    private static final List<String> REALTIME_CONNECTION_FIELDS =
            List.of("connection", "heartbeat_s", "max_reconnect_backoff_s");

    private ProfileParser() {}

    static LoadProfile parse(String file, String defaultName, JsonNode tree, KnownFlows flows) {
        ProfileField root = ProfileField.root(file, tree).requireObject("a JSON object");
        root.rejectUnknownFields(TOP_LEVEL);
        InjectionModel model = root.child("model").isPresent()
                ? root.child("model").oneOf(InjectionModel.ids(), ProfileParser::model)
                : InjectionModel.CLOSED;
        Map<PopulationName, Population> populations = populations(root, model);
        ActionMix mix = mix(root.child("mix"), flows);
        checkMixCoversActivePopulations(root.child("mix"), populations, mix, flows);
        return new LoadProfile(
                root.child("name").textOr(defaultName),
                root.child("description").textOr(""),
                root.child("kind").isPresent()
                        ? root.child("kind").oneOf(ProfileKind.ids(), ProfileKind::byId)
                        : ProfileKind.LOAD,
                model,
                populations,
                thinkTime(root.child("think_time_s")),
                session(root.child("session")),
                realtimeConnection(root.child("populations").child(PopulationName.REALTIME.id())),
                mix,
                slos(root.child("slos"), flows),
                root.child("max_duration_s").isPresent()
                        ? root.child("max_duration_s").integerAtLeast(1)
                        : null,
                root.child("faults").isPresent() ? FaultsParser.parse(root.child("faults")) : null,
                resilience(root.child("resilience")),
                AbortWhenParser.parse(root.child("abort_when")));
    }

    private static InjectionModel model(String id) {
        return InjectionModel.valueOf(id.toUpperCase(Locale.ROOT));
    }

    private static Map<PopulationName, Population> populations(ProfileField root, InjectionModel model) {
        ProfileField field = root.child("populations").requireObject("an object with auth, social and/or realtime");
        field.rejectUnknownFields(PopulationName.ids());
        Map<PopulationName, Population> populations = new EnumMap<>(PopulationName.class);
        for (PopulationName name : PopulationName.values()) {
            ProfileField population = field.child(name.id());
            List<String> extraFields = name == PopulationName.REALTIME ? REALTIME_CONNECTION_FIELDS : List.of();
            populations.put(
                    name,
                    population.isPresent() ? population(root, population, model, extraFields) : Population.none());
        }
        if (populations.values().stream().noneMatch(Population::isActive)) {
            throw field.invalid("no population injects any user; give at least one a target above 0");
        }
        return populations;
    }

    private static Population population(
            ProfileField root, ProfileField field, InjectionModel model, List<String> extraFields) {
        InjectionModel other = model == InjectionModel.CLOSED ? InjectionModel.OPEN : InjectionModel.CLOSED;
        field.requireObject("an object with " + model.targetField() + " or stages");
        if (field.has(other.targetField())) {
            throw field.child(other.targetField())
                    .invalid("belongs to the " + other.id() + " model, but this profile's" + " model is " + model.id()
                            + "; use " + model.targetField() + " (one model per profile)");
        }
        List<String> known = new ArrayList<>(List.of(model.targetField(), "stages"));
        known.addAll(extraFields);
        field.rejectUnknownFields(known);
        boolean simple = field.has(model.targetField());
        boolean staged = field.has("stages");
        if (simple == staged) {
            throw field.invalid("expected exactly one of " + model.targetField() + " or stages");
        }
        if (staged) {
            List<Stage> stages = new ArrayList<>();
            for (ProfileField stage : field.child("stages").elements("a non-empty array of stages")) {
                stages.add(stage(stage, model));
            }
            if (stages.isEmpty()) {
                throw field.child("stages").error("a non-empty array of stages");
            }
            return new Population(stages);
        }
        double target = target(field.child(model.targetField()), model);
        ProfileField phases = root.child("phases")
                .requireObject("an object with ramp_up_s, hold_s, ramp_down_s (needed by " + field.path() + "."
                        + model.targetField() + ")");
        phases.rejectUnknownFields(PHASE_FIELDS);
        int rampUp = phases.child("ramp_up_s").integerAtLeast(0);
        int hold = phases.child("hold_s").integerAtLeast(0);
        int rampDown = phases.child("ramp_down_s").integerAtLeast(0);
        return new Population(List.of(new Stage(target, rampUp, hold), new Stage(0, rampDown, 0)));
    }

    private static Stage stage(ProfileField field, InjectionModel model) {
        field.requireObject("a stage object with " + model.targetField() + ", ramp_s, hold_s");
        InjectionModel other = model == InjectionModel.CLOSED ? InjectionModel.OPEN : InjectionModel.CLOSED;
        if (field.has(other.targetField())) {
            throw field.child(other.targetField())
                    .invalid("belongs to the " + other.id() + " model, but this profile's" + " model is " + model.id()
                            + "; use " + model.targetField() + " (one model per profile)");
        }
        field.rejectUnknownFields(List.of(model.targetField(), "ramp_s", "hold_s"));
        return new Stage(
                target(field.child(model.targetField()), model),
                field.child("ramp_s").integerAtLeastOr(0, 0),
                field.child("hold_s").integerAtLeastOr(0, 0));
    }

    private static double target(ProfileField field, InjectionModel model) {
        return model == InjectionModel.CLOSED ? field.integerAtLeast(0) : field.numberAtLeast(0);
    }

    private static ThinkTime thinkTime(ProfileField field) {
        field.requireObject("an object with min and max seconds");
        field.rejectUnknownFields(THINK_FIELDS);
        double min = field.child("min").numberAtLeast(0);
        double max = field.child("max").numberAtLeast(0);
        if (min > max) {
            throw field.invalid("min (" + ProfileField.formatted(min) + ") is greater than max ("
                    + ProfileField.formatted(max) + ")");
        }
        return new ThinkTime(min, max);
    }

    private static SessionPlan session(ProfileField field) {
        if (!field.isPresent()) {
            return DEFAULT_SESSION;
        }
        field.requireObject("an object with actions and selection");
        field.rejectUnknownFields(SESSION_FIELDS);
        int actions = field.child("actions").integerAtLeastOr(1, DEFAULT_SESSION.actions());
        ActionSelection selection = field.child("selection").isPresent()
                ? field.child("selection")
                        .oneOf(ActionSelection.ids(), id -> ActionSelection.valueOf(id.toUpperCase(Locale.ROOT)))
                : DEFAULT_SESSION.selection();
        return new SessionPlan(actions, selection);
    }

    /** The realtime population's socket settings; defaults when the population or a field is absent. */
    private static RealtimeConnection realtimeConnection(ProfileField field) {
        RealtimeConnection defaults = RealtimeConnection.DEFAULT;
        if (!field.isPresent()) {
            return defaults;
        }
        ConnectionMode mode = field.child("connection").isPresent()
                ? field.child("connection")
                        .oneOf(ConnectionMode.ids(), id -> ConnectionMode.valueOf(id.toUpperCase(Locale.ROOT)))
                : defaults.mode();
        return new RealtimeConnection(
                mode,
                field.child("heartbeat_s").integerAtLeastOr(1, defaults.heartbeatSeconds()),
                field.child("max_reconnect_backoff_s").integerAtLeastOr(1, defaults.maxReconnectBackoffSeconds()));
    }

    private static ActionMix mix(ProfileField field, KnownFlows flows) {
        field.requireObject("an object of flow weights");
        Map<String, Integer> weights = new LinkedHashMap<>();
        for (String name : field.fieldNames()) {
            if (flows.isChecked() && !flows.mixable().contains(name)) {
                throw field.child(name).invalid("unknown flow; expected one of " + String.join(", ", flows.mixable()));
            }
            weights.put(name, field.child(name).integerAtLeast(0));
        }
        return new ActionMix(weights);
    }

    private static void checkMixCoversActivePopulations(
            ProfileField field, Map<PopulationName, Population> populations, ActionMix mix, KnownFlows flows) {
        if (!flows.isChecked()) {
            return;
        }
        for (PopulationName name : List.of(PopulationName.SOCIAL, PopulationName.REALTIME)) {
            if (populations.get(name).isActive() && mix.weightsFor(name, flows).isEmpty()) {
                throw field.invalid("population " + name.id() + " injects users but none of its flows ("
                        + String.join(", ", flows.of(name)) + ") has a weight above 0");
            }
        }
    }

    private static List<Slo> slos(ProfileField field, KnownFlows flows) {
        if (!field.isPresent()) {
            return List.of();
        }
        List<Slo> slos = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (ProfileField element : field.elements("an array of SLO objects")) {
            Slo slo = slo(element, flows);
            if (!seen.add(slo.metric().id() + "@" + slo.scope())) {
                throw element.invalid("duplicate SLO for metric " + slo.metric().id() + " and scope " + slo.scope());
            }
            slos.add(slo);
        }
        return slos;
    }

    private static Slo slo(ProfileField field, KnownFlows flows) {
        field.requireObject("an SLO object with metric and max or min");
        field.rejectUnknownFields(SLO_FIELDS);
        SloMetric metric = field.child("metric")
                .oneOf(SloMetric.ids(), id -> SloMetric.byId(id).orElseThrow());
        String scope = field.child("scope").textOr(Slo.GLOBAL);
        if (!Slo.GLOBAL.equals(scope) && (flows.isChecked() || !metric.flowScoped())) {
            List<String> scopes = new ArrayList<>(List.of(Slo.GLOBAL));
            if (metric.flowScoped()) {
                scopes.addAll(flows.names());
            }
            if (!scopes.contains(scope)) {
                throw field.child("scope").error("one of " + String.join(", ", scopes) + " for metric " + metric.id());
            }
        }
        String bound = metric.upperBound() ? "max" : "min";
        String wrongBound = metric.upperBound() ? "min" : "max";
        if (field.has(wrongBound)) {
            throw field.child(wrongBound).invalid(metric.id() + " takes " + bound + ", not " + wrongBound);
        }
        double threshold = metric.unit() == SloMetric.Unit.PERCENT
                ? field.child(bound).numberBetween(0, 100)
                : field.child(bound).numberAtLeast(0);
        return new Slo(metric, scope, threshold);
    }

    private static Resilience resilience(ProfileField field) {
        if (!field.isPresent()) {
            return null;
        }
        field.requireObject("an object with min_success_pct");
        field.rejectUnknownFields(RESILIENCE_FIELDS);
        return new Resilience(field.child("min_success_pct").numberBetween(0, 100));
    }
}
