package dev.stressgate.simulations.flows;

import dev.stressgate.profile.KnownFlows;
import dev.stressgate.profile.PopulationName;
import dev.stressgate.run.Workload;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The workload's flows, declared once: each flow's name (its Gatling group and request-name prefix), the population
 * that runs it, whether it talks HTTP or WebSocket, which of its requests measures a delivery, and how it is built.
 * Profiles are checked against its names ({@link #knownFlows()}), the simulation builds its flows from it, and the run
 * records it in run.json ({@link #workload()}) for the report, which reads it as data.
 *
 * <p>A new HTTP flow is one class implementing {@link UserFlow} plus one line in {@link #SOCIAL} (and its weight in
 * the profiles that should run it).
 */
public final class FlowCatalogue {

    /** One flow of the catalogue; {@code deliveryRequest} is null unless one of its requests measures a delivery. */
    public record Entry(
            String name,
            PopulationName population,
            Workload.Transport transport,
            String deliveryRequest,
            Function<FlowContext, UserFlow> factory) {

        /** The same flow, with {@code request} (one of its own) measuring a message's delivery latency. */
        public Entry deliveredBy(String request) {
            if (!request.startsWith(name + ": ")) {
                throw new IllegalArgumentException(
                        "delivery request '" + request + "' is not a request of flow '" + name + "'");
            }
            return new Entry(name, population, transport, request, factory);
        }
    }

    /** The reference social workload run by {@code SocialMixedSimulation}. */
    public static final FlowCatalogue SOCIAL = new FlowCatalogue(List.of(
            http(AuthFlow.NAME, PopulationName.AUTH, context -> new AuthFlow()),
            http(FeedFlow.NAME, PopulationName.SOCIAL, context -> new FeedFlow()),
            http(PostsFlow.NAME, PopulationName.SOCIAL, context -> new PostsFlow()),
            http(CommentsLikesFlow.NAME, PopulationName.SOCIAL, context -> new CommentsLikesFlow()),
            http(FriendsFlow.NAME, PopulationName.SOCIAL, context -> new FriendsFlow(context.accounts())),
            http(DmsFlow.NAME, PopulationName.SOCIAL, context -> new DmsFlow(context.accounts())),
            websocket(ChatWsFlow.NAME, PopulationName.REALTIME, context -> new ChatWsFlow(context.accounts()))
                    .deliveredBy(ChatWsFlow.MESSAGE_DELIVERED),
            websocket(
                    GameWsFlow.NAME,
                    PopulationName.REALTIME,
                    context -> new GameWsFlow(context.accounts(), context.realtime()))));

    /** The field through which a simulation class declares the catalogue it runs (see {@link #of(Class)}). */
    public static final String FIELD = "CATALOGUE";

    private final List<Entry> entries;

    public FlowCatalogue(List<Entry> entries) {
        Map<String, Entry> byName = new LinkedHashMap<>();
        for (Entry entry : entries) {
            if (byName.putIfAbsent(entry.name(), entry) != null) {
                throw new IllegalArgumentException("flow '" + entry.name() + "' is declared twice");
            }
        }
        this.entries = List.copyOf(entries);
    }

    /**
     * The catalogue a simulation class runs, declared in its {@code public static final FlowCatalogue CATALOGUE}
     * field (a subclass declares its own), so a launcher can check a profile before the simulation is started;
     * {@link #SOCIAL} for a class without one.
     */
    public static FlowCatalogue of(Class<?> simulation) {
        try {
            return simulation.getField(FIELD).get(null) instanceof FlowCatalogue declared ? declared : SOCIAL;
        } catch (NoSuchFieldException e) {
            return SOCIAL;
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(simulation.getName() + "." + FIELD + " is not readable", e);
        }
    }

    public static Entry http(String name, PopulationName population, Function<FlowContext, UserFlow> factory) {
        return new Entry(name, population, Workload.Transport.HTTP, null, factory);
    }

    public static Entry websocket(String name, PopulationName population, Function<FlowContext, UserFlow> factory) {
        return new Entry(name, population, Workload.Transport.WEBSOCKET, null, factory);
    }

    /** This catalogue with one more flow. */
    public FlowCatalogue plus(Entry entry) {
        List<Entry> more = new ArrayList<>(entries);
        more.add(entry);
        return new FlowCatalogue(more);
    }

    public List<Entry> entries() {
        return entries;
    }

    public Optional<Entry> entry(String name) {
        return entries.stream().filter(entry -> entry.name().equals(name)).findFirst();
    }

    /** The names and populations a profile is checked against. */
    public KnownFlows knownFlows() {
        Map<String, PopulationName> populations = new LinkedHashMap<>();
        entries.forEach(entry -> populations.put(entry.name(), entry.population()));
        return KnownFlows.of(populations);
    }

    /** The catalogue as run.json records it. */
    public Workload workload() {
        return new Workload(entries.stream()
                .map(entry -> new Workload.Flow(
                        entry.name(), entry.population().id(), entry.transport(), entry.deliveryRequest()))
                .toList());
    }

    /** Every flow, built for one simulation (its accounts, its realtime recorder), by name in declaration order. */
    public Map<String, UserFlow> build(FlowContext context) {
        Map<String, UserFlow> flows = new LinkedHashMap<>();
        entries.forEach(entry -> flows.put(entry.name(), entry.factory().apply(context)));
        return flows;
    }
}
