package dev.stressgate.socialapp.friends;

/** A friend request; {@code status} is pending or accepted. */
public record FriendRequest(long id, long requesterId, long addresseeId, String status, String createdAt) {

    /** The same request in another status, as it reads after a status change. */
    public FriendRequest withStatus(String newStatus) {
        return new FriendRequest(id, requesterId, addresseeId, newStatus, createdAt);
    }
}
