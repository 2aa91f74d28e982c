package dev.stressgate.profile;

/**
 * A profile together with where it came from.
 *
 * @param source the file as the user named it (e.g. {@code profiles/smoke.json})
 * @param sha256 hex SHA-256 of the file's bytes, so runs of the same profile can be told apart from edited ones
 */
public record LoadedProfile(LoadProfile profile, String source, String sha256) {}
