package dev.stressgate.socialapp.posts;

/** A post as the API shows it. */
public record Post(
        long id,
        long authorId,
        String title,
        String content,
        String postType,
        int likeCount,
        int commentCount,
        String createdAt) {}
