package dev.stressgate.profile;

/** What one virtual user does after signing up: {@code actions} rounds chosen by {@code selection}. */
public record SessionPlan(int actions, ActionSelection selection) {}
