package dev.stressgate.simulations.flows;

import static io.gatling.javaapi.core.CoreDsl.csv;

import io.gatling.javaapi.core.FeederBuilder;
import java.util.Iterator;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The workload's Gatling feeders: fresh accounts (generated, never repeating, so any number of runs can share one
 * target) and the texts users post, comment and send ({@code feeders/content.csv}, drawn at random).
 */
public final class Feeders {
    /** Session keys of {@link #content()}: the CSV's column names. */
    public static final String CONTENT_TITLE = "contentTitle";

    public static final String CONTENT_TEXT = "contentText";

    private static final AtomicLong SEQUENCE = new AtomicLong();

    private Feeders() {}

    /** An endless feeder of new credentials under {@code emailKey} and {@code passwordKey}; safe to share. */
    public static Iterator<Map<String, Object>> newAccounts(String emailKey, String passwordKey) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public Map<String, Object> next() {
                String name = "sg" + SEQUENCE.incrementAndGet() + "x"
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
