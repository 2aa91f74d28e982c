package dev.stressgate.bench;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;

/**
 * Writes a synthetic Gatling 3.15.1 {@code simulation.log} (layout: docs/simulation-log-format.md) of a long run
 * that no machine here could record for real: one user for the whole run sending a steady number of requests per
 * second over five request names in one group, lognormal response times (median 33 ms, capped at 60 s) and 0.5 %
 * KO at random. Seeded, so the same arguments give the same bytes. The file's modification time is set to the
 * run's end, where a real run's log would have it. Usage:
 * {@code SyntheticSimulationLog <file> <hours> <requests per second>}.
 */
public final class SyntheticSimulationLog {

    static final long RUN_START_EPOCH_MS = 1_763_769_600_000L;
    static final String[] REQUESTS = {
        "feed: list posts", "posts: create", "friends: list", "dms: send message", "auth: login"
    };
    static final String GROUP = "social";
    static final String KO_MESSAGE = "status.find.in(200), found 500";

    private final DataOutputStream out;
    private final Map<String, Integer> stringIds = new HashMap<>();

    private SyntheticSimulationLog(OutputStream out) {
        this.out = new DataOutputStream(out);
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: SyntheticSimulationLog <file> <hours> <requests per second>");
            System.exit(2);
        }
        write(Path.of(args[0]), Integer.parseInt(args[1]) * 3600L, Integer.parseInt(args[2]));
    }

    /** Writes {@code seconds} of run at {@code perSecond} requests a second into {@code file}. */
    static void write(Path file, long seconds, int perSecond) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (OutputStream stream = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
            new SyntheticSimulationLog(stream).run(seconds, perSecond);
        }
        Files.setLastModifiedTime(file, FileTime.fromMillis(RUN_START_EPOCH_MS + seconds * 1000));
    }

    private void run(long seconds, int perSecond) throws IOException {
        out.writeByte(0);
        string("3.15.1");
        string("dev.stressgate.bench.SyntheticSimulation");
        out.writeLong(RUN_START_EPOCH_MS);
        string("synthetic " + seconds + " s at " + perSecond + " requests/s");
        out.writeInt(1);
        string("synthetic");
        out.writeInt(0);
        user(true, 0);
        Random random = new Random(seconds * 31 + perSecond);
        for (long second = 0; second < seconds; second++) {
            for (int i = 0; i < perSecond; i++) {
                int start = (int) (second * 1000 + random.nextInt(1000));
                int responseTime = (int) Math.min(60_000, Math.exp(random.nextGaussian() * 1.2 + 3.5));
                boolean ok = random.nextInt(200) != 0;
                out.writeByte(1);
                out.writeInt(1);
                cached(GROUP);
                cached(REQUESTS[i % REQUESTS.length]);
                out.writeInt(start);
                out.writeInt(start + responseTime);
                out.writeBoolean(ok);
                cached(ok ? "" : KO_MESSAGE);
            }
        }
        user(false, (int) (seconds * 1000));
    }

    private void user(boolean start, int timestamp) throws IOException {
        out.writeByte(2);
        out.writeInt(0);
        out.writeBoolean(start);
        out.writeInt(timestamp);
    }

    private void cached(String value) throws IOException {
        Integer id = stringIds.get(value);
        if (id != null) {
            out.writeInt(-id);
            return;
        }
        id = stringIds.size() + 1;
        stringIds.put(value, id);
        out.writeInt(id);
        string(value);
    }

    private void string(String value) throws IOException {
        byte[] bytes = value.getBytes(StandardCharsets.ISO_8859_1);
        out.writeInt(bytes.length);
        if (bytes.length > 0) {
            out.write(bytes);
            out.writeByte(0);
        }
    }
}
