package dev.stressgate.socialapp.games;

/** A game room; {@code status} is waiting, playing or finished; {@code opponent_id} null until someone joins. */
public record GameRoom(long id, String type, long creatorId, Long opponentId, String status) {}
