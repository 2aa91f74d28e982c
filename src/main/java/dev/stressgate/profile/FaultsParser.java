package dev.stressgate.profile;

import java.util.ArrayList;
import java.util.List;

/** Reads and range-checks the optional {@code faults} object of a profile (the reference app's fault admin shape). */
final class FaultsParser {
    private static final int MAX_MILLIS = 60_000;

    private FaultsParser() {
    }

    static Faults parse(ProfileField field) {
        field.requireObject("an object with latency, errors, slow_database, websocket_drops and/or database_unavailable");
        field.rejectUnknownFields(List.of("latency", "errors", "slow_database", "websocket_drops",
                "database_unavailable"));
        return new Faults(
                latency(field.child("latency")),
                errors(field.child("errors")),
                slowDatabase(field.child("slow_database")),
                websocketDrops(field.child("websocket_drops")),
                databaseUnavailable(field.child("database_unavailable")));
    }

    private static Faults.Latency latency(ProfileField field) {
        if (!field.isPresent()) {
            return null;
        }
        field.requireObject("an object with millis and routes").rejectUnknownFields(List.of("millis", "routes"));
        return new Faults.Latency(millis(field.child("millis")), strings(field.child("routes"), List.of()));
    }

    private static Faults.Errors errors(ProfileField field) {
        if (!field.isPresent()) {
            return null;
        }
        field.requireObject("an object with share, status and routes")
                .rejectUnknownFields(List.of("share", "status", "routes"));
        int status = field.child("status").integerAtLeastOr(500, 500);
        if (status > 599) {
            throw field.child("status").error("an integer between 500 and 599");
        }
        return new Faults.Errors(field.child("share").numberBetween(0, 1), status,
                strings(field.child("routes"), List.of()));
    }

    private static Faults.SlowDatabase slowDatabase(ProfileField field) {
        if (!field.isPresent()) {
            return null;
        }
        field.requireObject("an object with millis and operations").rejectUnknownFields(List.of("millis", "operations"));
        return new Faults.SlowDatabase(millis(field.child("millis")), strings(field.child("operations"), List.of()));
    }

    private static Faults.WebsocketDrops websocketDrops(ProfileField field) {
        if (!field.isPresent()) {
            return null;
        }
        field.requireObject("an object with share and channels").rejectUnknownFields(List.of("share", "channels"));
        List<String> channels = strings(field.child("channels"), List.of("chat", "game"));
        return new Faults.WebsocketDrops(field.child("share").numberBetween(0, 1), channels);
    }

    private static boolean databaseUnavailable(ProfileField field) {
        return field.isPresent() && field.bool();
    }

    private static long millis(ProfileField field) {
        int millis = field.integerAtLeast(0);
        if (millis > MAX_MILLIS) {
            throw field.error("an integer between 0 and " + MAX_MILLIS);
        }
        return millis;
    }

    private static List<String> strings(ProfileField field, List<String> allowed) {
        if (!field.isPresent()) {
            return List.of();
        }
        List<String> values = new ArrayList<>();
        for (ProfileField element : field.elements("an array of strings")) {
            String value = allowed.isEmpty()
                    ? element.text("a non-empty string")
                    : element.oneOf(allowed, id -> id);
            values.add(value);
        }
        return values;
    }
}
