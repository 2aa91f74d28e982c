package dev.stressgate.socialapp.http;

/** The body of every error answer: {@code {"error": "..."}}. */
public record ApiError(String error) {}
