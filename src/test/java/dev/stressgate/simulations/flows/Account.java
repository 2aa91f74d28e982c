package dev.stressgate.simulations.flows;

/** A signed-up account of the run: its id, credentials and the token it got at signup. */
public record Account(long id, String email, String password, String token) {}
