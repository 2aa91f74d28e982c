package dev.stressgate.socialapp.friends;

/** A friend request; {@code status} is pending or accepted. */
public record FriendRequest(long id, long requesterId, long addresseeId, String status, String createdAt) {
}
