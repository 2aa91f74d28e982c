package dev.stressgate.simulations.flows;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Who holds a chat socket right now and which conversations each has joined over it, shared by the virtual users of
 * the injector JVM: a connected user opens its conversation with another connected user, who is invited to join it
 * at its next heartbeat, so a message is awaited on the other user's socket as a real client would receive it.
 */
public final class ChatDirectory {
    private final List<Long> online = new ArrayList<>();
    private final Map<Long, Integer> onlineIndex = new HashMap<>();
    private final Map<Long, Set<Long>> membersByConversation = new HashMap<>();
    private final Map<Long, Set<Long>> conversationsByMember = new HashMap<>();
    private final Map<Long, List<Long>> invitations = new HashMap<>();

    public synchronized void online(long userId) {
        if (!onlineIndex.containsKey(userId)) {
            onlineIndex.put(userId, online.size());
            online.add(userId);
        }
    }

    /** The user's socket is gone: it is no longer online nor joined anywhere (its invitations stay). */
    public synchronized void offline(long userId) {
        Integer index = onlineIndex.remove(userId);
        if (index != null) {
            long last = online.remove(online.size() - 1);
            if (last != userId) {
                online.set(index, last);
                onlineIndex.put(last, index);
            }
        }
        for (long conversation : conversationsByMember.getOrDefault(userId, Set.of())) {
            Set<Long> members = membersByConversation.get(conversation);
            if (members != null) {
                members.remove(userId);
                if (members.isEmpty()) {
                    membersByConversation.remove(conversation);
                }
            }
        }
        conversationsByMember.remove(userId);
    }

    /** A random online user other than {@code selfId}. */
    public synchronized Optional<Long> onlineOtherThan(long selfId) {
        int size = online.size();
        if (size == 0 || (size == 1 && online.get(0) == selfId)) {
            return Optional.empty();
        }
        while (true) {
            long candidate = online.get(ThreadLocalRandom.current().nextInt(size));
            if (candidate != selfId) {
                return Optional.of(candidate);
            }
        }
    }

    public synchronized void joined(long userId, long conversationId) {
        membersByConversation
                .computeIfAbsent(conversationId, id -> new HashSet<>())
                .add(userId);
        conversationsByMember.computeIfAbsent(userId, id -> new HashSet<>()).add(conversationId);
    }

    /** The other users whose sockets have joined the conversation. */
    public synchronized List<Long> othersJoined(long conversationId, long selfId) {
        return membersByConversation.getOrDefault(conversationId, Set.of()).stream()
                .filter(member -> member != selfId)
                .toList();
    }

    public synchronized void invite(long userId, long conversationId) {
        invitations.computeIfAbsent(userId, id -> new ArrayList<>()).add(conversationId);
    }

    /** The next conversation the user was invited to and has not joined yet, if any. */
    public synchronized Optional<Long> nextInvitation(long userId) {
        List<Long> pending = invitations.get(userId);
        if (pending == null || pending.isEmpty()) {
            return Optional.empty();
        }
        Long next = pending.remove(0);
        if (pending.isEmpty()) {
            invitations.remove(userId);
        }
        return Optional.of(next);
    }

    /** Forgets a user who ended its session (its invitations are never answered). */
    public synchronized void left(long userId) {
        offline(userId);
        invitations.remove(userId);
    }
}
