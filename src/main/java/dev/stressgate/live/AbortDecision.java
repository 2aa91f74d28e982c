package dev.stressgate.live;

import dev.stressgate.profile.AbortCondition;

/**
 * An {@code abort_when} condition that held: when it was decided (epoch ms, wall clock) and why, in one sentence
 * with the measured value, e.g. {@code error share 45.2% above 20% over the last 10 s (84 of 186 responses failed)}.
 */
public record AbortDecision(AbortCondition condition, long atEpochMs, String reason) {}
