package dev.stressgate.simulations.flows;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Every account signed up during this run, shared by all virtual users of the simulation JVM, so the two-party flows
 * (friends, DMs, chat, game) pair a user with another real account.
 */
public final class SignedUpAccounts {
    private final List<Account> accounts = new ArrayList<>();

    public synchronized void add(Account account) {
        accounts.add(account);
    }

    /** A random account other than {@code selfId}, if one exists yet. */
    public synchronized Optional<Account> pickOtherThan(long selfId) {
        int size = accounts.size();
        if (size == 0 || (size == 1 && accounts.get(0).id() == selfId)) {
            return Optional.empty();
        }
        while (true) {
            Account candidate = accounts.get(ThreadLocalRandom.current().nextInt(size));
            if (candidate.id() != selfId) {
                return Optional.of(candidate);
            }
        }
    }

    public synchronized int size() {
        return accounts.size();
    }
}
