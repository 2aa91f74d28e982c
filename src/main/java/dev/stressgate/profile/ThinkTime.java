package dev.stressgate.profile;

/** Pause between two actions of a virtual user, drawn uniformly between min and max seconds. */
public record ThinkTime(double minSeconds, double maxSeconds) {}
