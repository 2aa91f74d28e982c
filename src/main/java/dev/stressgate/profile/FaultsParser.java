package dev.stressgate.profile;

import java.util.ArrayList;
import java.util.List;

/** Reads and range-checks the optional {@code faults} object of a profile (the reference app's fault admin shape). */
final class FaultsParser {
    private static final int MAX_MILLIS = 60_000;
    private static final int MAX_SECONDS = 86_400;
    private static final int MAX_LEAK_KIB = 65_536;
    private static final int MAX_BURN_MILLIS = 10_000;
    private static final int MAX_RATE_REQUESTS = 1_000_000;

    private FaultsParser() {}

    static Faults parse(ProfileField field) {
        field.requireObject("an object with latency, errors, slow_database, websocket_drops, database_unavailable,"
                + " memory_leak, cpu_burn and/or rate_limit");
        field.rejectUnknownFields(List.of(
                "latency",
                "errors",
                "slow_database",
                "websocket_drops",
                "database_unavailable",
                "memory_leak",
                "cpu_burn",
                "rate_limit"));
        return new Faults(
                latency(field.child("latency")),
                errors(field.child("errors")),
                slowDatabase(field.child("slow_database")),
                websocketDrops(field.child("websocket_drops")),
                databaseUnavailable(field.child("database_unavailable")),
                memoryLeak(field.child("memory_leak")),
                cpuBurn(field.child("cpu_burn")),
                rateLimit(field.child("rate_limit")));
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
        field.requireObject("an object with share, status, routes, from_s and until_s")
                .rejectUnknownFields(List.of("share", "status", "routes", "from_s", "until_s"));
        int status = field.child("status").integerAtLeastOr(500, 500);
        if (status > 599) {
            throw field.child("status").error("an integer between 500 and 599");
        }
        Integer fromS = optionalSeconds(field.child("from_s"));
        Integer untilS = optionalSeconds(field.child("until_s"));
        if (untilS != null && untilS <= (fromS == null ? 0 : fromS)) {
            throw field.child("until_s")
                    .error("a number of seconds after from_s (" + (fromS == null ? 0 : fromS) + ")");
        }
        return new Faults.Errors(
                field.child("share").numberBetween(0, 1),
                status,
                strings(field.child("routes"), List.of()),
                fromS,
                untilS);
    }

    private static Integer optionalSeconds(ProfileField field) {
        if (!field.isPresent()) {
            return null;
        }
        int seconds = field.integerAtLeast(0);
        if (seconds > MAX_SECONDS) {
            throw field.error("an integer between 0 and " + MAX_SECONDS);
        }
        return seconds;
    }

    private static Faults.MemoryLeak memoryLeak(ProfileField field) {
        if (!field.isPresent()) {
            return null;
        }
        field.requireObject("an object with kib_per_request").rejectUnknownFields(List.of("kib_per_request"));
        return new Faults.MemoryLeak(bounded(field.child("kib_per_request"), 1, MAX_LEAK_KIB));
    }

    private static Faults.CpuBurn cpuBurn(ProfileField field) {
        if (!field.isPresent()) {
            return null;
        }
        field.requireObject("an object with millis_per_request").rejectUnknownFields(List.of("millis_per_request"));
        return new Faults.CpuBurn(bounded(field.child("millis_per_request"), 1, MAX_BURN_MILLIS));
    }

    private static Faults.RateLimit rateLimit(ProfileField field) {
        if (!field.isPresent()) {
            return null;
        }
        field.requireObject("an object with requests and window_s")
                .rejectUnknownFields(List.of("requests", "window_s"));
        return new Faults.RateLimit(
                bounded(field.child("requests"), 1, MAX_RATE_REQUESTS),
                bounded(field.child("window_s"), 1, MAX_SECONDS));
    }

    private static int bounded(ProfileField field, int min, int max) {
        int value = field.integerAtLeast(min);
        if (value > max) {
            throw field.error("an integer between " + min + " and " + max);
        }
        return value;
    }

    private static Faults.SlowDatabase slowDatabase(ProfileField field) {
        if (!field.isPresent()) {
            return null;
        }
        field.requireObject("an object with millis and operations")
                .rejectUnknownFields(List.of("millis", "operations"));
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
            String value = allowed.isEmpty() ? element.text("a non-empty string") : element.oneOf(allowed, id -> id);
            values.add(value);
        }
        return values;
    }
}
