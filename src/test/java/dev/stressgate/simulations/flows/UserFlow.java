package dev.stressgate.simulations.flows;

import static io.gatling.javaapi.core.CoreDsl.exec;

import dev.stressgate.profile.Flow;
import io.gatling.javaapi.core.ChainBuilder;

/** One flow of the traffic model; its requests are named {@code <flow>: <action>}, the caller wraps it in its group. */
public interface UserFlow {

    Flow flow();

    /** The flow's steps for a signed-up user; flows with two parties pick their partner themselves. */
    ChainBuilder chain();

    /** Runs after the flow whether it succeeded or stopped at a failed step (bookkeeping); nothing by default. */
    default ChainBuilder afterwards() {
        return exec(session -> session);
    }
}
