package dev.stressgate.simulations.flows;

import dev.stressgate.run.realtime.RealtimeRecorder;

/**
 * What a flow may be built with, one per simulation: the signed-up accounts (for flows with two parties) and the
 * injector's realtime recorder (for flows that time connections and fan-out deliveries).
 */
public record FlowContext(AccountSteps accounts, RealtimeRecorder realtime) {}
