package dev.stressgate.socialapp.users;

/** A user as the API shows it. */
public record User(long id, String username, String email) {}
