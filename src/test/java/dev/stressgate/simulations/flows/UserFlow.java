package dev.stressgate.simulations.flows;

import static io.gatling.javaapi.core.CoreDsl.exec;

import io.gatling.javaapi.core.ChainBuilder;

/**
 * One flow of the traffic model; its requests are named {@code <flow>: <action>}, the caller wraps it in its group.
 * The flow is declared, with its name, population and transport, by one line of {@link FlowCatalogue}.
 */
public interface UserFlow {

    /** The flow's steps for a signed-up user; flows with two parties pick their partner themselves. */
    ChainBuilder chain();

    /** Runs after the flow whether it succeeded or stopped at a failed step (bookkeeping); nothing by default. */
    default ChainBuilder afterwards() {
        return exec(session -> session);
    }
}
