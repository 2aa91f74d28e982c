package dev.stressgate.socialapp.posts;

/** A comment on a post. */
public record Comment(long id, long postId, long authorId, String content, String createdAt) {}
