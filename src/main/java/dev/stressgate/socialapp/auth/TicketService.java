package dev.stressgate.socialapp.auth;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * WebSocket tickets: random, bound to one user, usable once, expiring after the configured TTL.
 * Kept in memory: a ticket lives seconds and only matters to this instance.
 */
public final class TicketService {

    private final Duration ttl;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Issued> tickets = new ConcurrentHashMap<>();

    public TicketService(Duration ttl) {
        this.ttl = ttl;
    }

    public Ticket issue(long userId) {
        long now = System.nanoTime();
        tickets.values().removeIf(issued -> issued.expired(now));
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        String ticket = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        tickets.put(ticket, new Issued(userId, now + ttl.toNanos()));
        return new Ticket(ticket, ttl.toSeconds());
    }

    /** The ticket's user if it exists and has not expired; the ticket is spent either way. */
    public Optional<Long> redeem(String ticket) {
        if (ticket == null) {
            return Optional.empty();
        }
        Issued issued = tickets.remove(ticket);
        if (issued == null || issued.expired(System.nanoTime())) {
            return Optional.empty();
        }
        return Optional.of(issued.userId());
    }

    /** What {@code POST /api/ws/ticket} answers. */
    public record Ticket(String ticket, long ttlSeconds) {}

    private record Issued(long userId, long expiresAtNanos) {
        boolean expired(long nowNanos) {
            return nowNanos - expiresAtNanos >= 0;
        }
    }
}
