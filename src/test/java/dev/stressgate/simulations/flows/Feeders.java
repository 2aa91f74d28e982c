package dev.stressgate.simulations.flows;

import static io.gatling.javaapi.core.CoreDsl.csv;

import dev.stressgate.profile.LoadShare;
import io.gatling.javaapi.core.FeederBuilder;
import java.util.Iterator;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The workload's Gatling feeders: fresh accounts (generated, never repeating, so any number of runs can share one
 * target; each injector of a shared run in a namespace of its own, {@link #accountNamespace}) and the texts users
 * post, comment and send ({@code feeders/content.csv}, drawn at random).
 */
public final class Feeders {
    /** Session keys of {@link #content()}: the CSV's column names. */
    public static final String CONTENT_TITLE = "contentTitle";

    public static final String CONTENT_TEXT = "contentText";

    private static final AtomicLong SEQUENCE = new AtomicLong();

    private Feeders() {}

    /**
     * The account name prefix of one injector: {@code sg} alone, {@code sg<index>i} for injector {@code index} of
     * several, so the names of two injectors can never be equal (their sequences run independently).
     */
    public static String accountNamespace(LoadShare share) {
        return share.count() == 1 ? "sg" : "sg" + share.index() + "i";
    }

    /**
     * An endless feeder of new credentials under {@code emailKey} and {@code passwordKey}, names starting with
     * {@code namespace}; safe to share.
     */
    public static Iterator<Map<String, Object>> newAccounts(String namespace, String emailKey, String passwordKey) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public Map<String, Object> next() {
                String name = namespace + SEQUENCE.incrementAndGet() + "x"
                        + UUID.randomUUID().toString().substring(0, 8);
                return Map.of(emailKey, name + "@load.test", passwordKey, "pw-" + UUID.randomUUID());
            }
        };
    }

    /** Post titles and texts, one random row per feed. */
    public static FeederBuilder<String> content() {
        return csv("feeders/content.csv").random();
    }
}
