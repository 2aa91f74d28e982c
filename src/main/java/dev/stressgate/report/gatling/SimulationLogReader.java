package dev.stressgate.report.gatling;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Streams the records of one binary Gatling 3.14/3.15 {@code simulation.log} to a {@link SimulationLogListener}.
 * The layout is described in {@code docs/simulation-log-format.md}. Memory use is one read buffer plus the
 * file's string dictionary (distinct request names, group names and messages).
 *
 * <p>Every defect is reported as a {@link SimulationLogException} naming the file and byte offset; the reader
 * never loops on bad input because every length is checked against the bytes left in the file.
 */
public final class SimulationLogReader {

    /** Gatling versions whose writer produces exactly the layout implemented here (checked in Gatling's sources). */
    public static final String SUPPORTED_VERSIONS = "3.14.x and 3.15.x";

    private static final Pattern SUPPORTED_VERSION = Pattern.compile("3\\.1[45]\\.\\d+.*");
    private static final Pattern ANY_VERSION = Pattern.compile("\\d+\\.\\d+(\\.\\d+)?[\\w.+-]*");

    private static final byte RUN = 0;
    private static final byte REQUEST = 1;
    private static final byte USER = 2;
    private static final byte GROUP = 3;
    private static final byte ERROR = 4;

    private static final byte CODER_LATIN1 = 0;
    private static final byte CODER_UTF16 = 1;

    private static final int MAX_VERSION_LENGTH = 64;
    private static final int MAX_STRING_BYTES = 64 << 20;
    private static final int MAX_GROUP_DEPTH = 1024;
    private static final int MAX_SCENARIOS = 1 << 20;

    private final Path file;
    private final LogInput in;
    private final RecordTimeBounds bounds;
    private final List<String> dictionary = new ArrayList<>();
    private RunHeader header;
    private long records;
    private long activeUsers;

    private SimulationLogReader(Path file, LogInput in, RecordTimeBounds bounds) {
        this.file = file;
        this.in = in;
        this.bounds = bounds;
    }

    /** Reads only the run record. */
    public static RunHeader readHeader(Path file) throws IOException {
        try (LogInput in = new LogInput(file)) {
            return new SimulationLogReader(file, in, RecordTimeBounds.ANY).readRunRecord();
        }
    }

    /** Reads the whole file, passing every record after the run record to {@code listener}. */
    public static SimulationLogRead read(Path file, SimulationLogListener listener) throws IOException {
        return read(file, listener, RecordTimeBounds.ANY);
    }

    /** As {@link #read(Path, SimulationLogListener)}, rejecting any record time outside {@code bounds} as corrupt. */
    public static SimulationLogRead read(Path file, SimulationLogListener listener, RecordTimeBounds bounds)
            throws IOException {
        try (LogInput in = new LogInput(file)) {
            SimulationLogReader reader = new SimulationLogReader(file, in, bounds);
            reader.readRunRecord();
            reader.readRecords(listener);
            return new SimulationLogRead(reader.header, reader.records);
        }
    }

    /** A reader that keeps its file open to read what is appended later ({@link SimulationLogFollower}). */
    static SimulationLogReader following(Path file, LogInput in) throws IOException {
        SimulationLogReader reader = new SimulationLogReader(file, in, RecordTimeBounds.ANY);
        reader.readRunRecord();
        return reader;
    }

    RunHeader header() {
        return header;
    }

    long records() {
        return records;
    }

    /**
     * Reads every complete record written so far and stops before a record the writer has not finished; its bytes
     * are read again on the next call. Returns the number of records read.
     */
    long readAvailable(SimulationLogListener listener) throws IOException {
        in.refreshSize();
        long before = records;
        while (!in.atEnd()) {
            long recordStart = in.position();
            int knownStrings = dictionary.size();
            long usersBefore = activeUsers;
            try {
                byte type = in.readByte();
                readRecord(type, recordStart, listener);
            } catch (LogInput.EndOfInput e) {
                in.rewindTo(recordStart);
                dictionary.subList(knownStrings, dictionary.size()).clear();
                activeUsers = usersBefore;
                break;
            }
            records++;
        }
        return records - before;
    }

    /** Bytes after the last complete record: a record the writer has not finished (or a truncated file). */
    long unreadBytes() {
        return in.remaining();
    }

    private RunHeader readRunRecord() throws IOException {
        if (in.size() == 0) {
            throw new NotASimulationLogException(file, 0, "the file is empty");
        }
        try {
            byte type = in.readByte();
            if (type != RUN) {
                throw new NotASimulationLogException(file, 0, "expected run record type 0x00, found 0x" + hex(type));
            }
            String version = readVersion();
            String simulationClass = readString();
            long runStart = in.readLong();
            String description = readString();
            List<String> scenarios = readScenarios();
            int assertions = readCount("assertion", Integer.MAX_VALUE);
            for (int i = 0; i < assertions; i++) {
                long at = in.position();
                in.skip(readLength(at, "assertion"));
            }
            header = new RunHeader(version, simulationClass, runStart, description, scenarios, assertions);
            records = 1;
            return header;
        } catch (LogInput.EndOfInput e) {
            throw new TruncatedSimulationLogException(file, 0, "run", in.size());
        }
    }

    private String readVersion() throws IOException, LogInput.EndOfInput {
        long at = in.position();
        int length = in.readInt();
        if (length <= 0 || length > MAX_VERSION_LENGTH) {
            throw new NotASimulationLogException(file, at, "no Gatling version string (length " + length + ")");
        }
        String version = decode(at, in.readBytes(length), in.readByte());
        if (!ANY_VERSION.matcher(version).matches()) {
            throw new NotASimulationLogException(file, at, "no Gatling version string");
        }
        if (!SUPPORTED_VERSION.matcher(version).matches()) {
            throw new UnsupportedSimulationLogVersionException(file, at, version);
        }
        return version;
    }

    private List<String> readScenarios() throws IOException, LogInput.EndOfInput {
        int count = readCount("scenario", MAX_SCENARIOS);
        List<String> scenarios = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            scenarios.add(readString());
        }
        return scenarios;
    }

    private void readRecords(SimulationLogListener listener) throws IOException {
        while (!in.atEnd()) {
            long recordStart = in.position();
            byte type;
            try {
                type = in.readByte();
            } catch (LogInput.EndOfInput e) {
                return;
            }
            try {
                readRecord(type, recordStart, listener);
            } catch (LogInput.EndOfInput e) {
                throw new TruncatedSimulationLogException(file, recordStart, recordName(type), in.size());
            }
            records++;
        }
    }

    private void readRecord(byte type, long recordStart, SimulationLogListener listener)
            throws IOException, LogInput.EndOfInput {
        switch (type) {
            case REQUEST -> readRequest(listener);
            case USER -> readUser(listener);
            case GROUP -> readGroup(listener);
            case ERROR -> readError(listener);
            default ->
                throw new CorruptSimulationLogException(
                        file, recordStart, "unknown record type 0x" + hex(type) + " after " + records + " records");
        }
    }

    private void readRequest(SimulationLogListener listener) throws IOException, LogInput.EndOfInput {
        List<String> groups = readGroupPath();
        String name = readCachedString();
        long start = timestamp();
        long end = endTimestamp(start);
        boolean ok = readBoolean();
        String message = readCachedString();
        listener.onRequest(groups, name, start, end, ok, message);
    }

    private void readUser(SimulationLogListener listener) throws IOException, LogInput.EndOfInput {
        long at = in.position();
        int scenario = in.readInt();
        if (scenario < 0 || scenario >= header.scenarios().size()) {
            throw new CorruptSimulationLogException(
                    file,
                    at,
                    "user record names scenario #" + scenario + " but the run record declares "
                            + header.scenarios().size());
        }
        boolean start = readBoolean();
        activeUsers += start ? 1 : -1;
        if (activeUsers < 0) {
            throw new CorruptSimulationLogException(
                    file, at, "a user ended that never started (more user end records " + "than start records so far)");
        }
        listener.onUser(header.scenarios().get(scenario), start, timestamp());
    }

    private void readGroup(SimulationLogListener listener) throws IOException, LogInput.EndOfInput {
        List<String> groups = readGroupPath();
        long start = timestamp();
        long end = endTimestamp(start);
        long at = in.position();
        int cumulated = in.readInt();
        if (cumulated < 0) {
            throw new CorruptSimulationLogException(file, at, "negative cumulated response time " + cumulated);
        }
        listener.onGroup(groups, start, end, cumulated, readBoolean());
    }

    private void readError(SimulationLogListener listener) throws IOException, LogInput.EndOfInput {
        String message = readCachedString();
        listener.onError(message, timestamp());
    }

    private List<String> readGroupPath() throws IOException, LogInput.EndOfInput {
        int depth = readCount("group", MAX_GROUP_DEPTH);
        if (depth == 0) {
            return List.of();
        }
        String[] path = new String[depth];
        for (int i = 0; i < depth; i++) {
            path[i] = readCachedString();
        }
        return Arrays.asList(path);
    }

    private long timestamp() throws IOException, LogInput.EndOfInput {
        long at = in.position();
        long epochMs = header.runStartEpochMs() + in.readInt();
        if (!bounds.contains(epochMs)) {
            throw new CorruptSimulationLogException(
                    file,
                    at,
                    "implausible timestamp " + Instant.ofEpochMilli(epochMs) + ", outside the run window "
                            + bounds.describe());
        }
        return epochMs;
    }

    private long endTimestamp(long start) throws IOException, LogInput.EndOfInput {
        long at = in.position();
        long end = timestamp();
        if (end < start) {
            throw new CorruptSimulationLogException(
                    file, at, "end timestamp " + (end - start) + " ms before its start");
        }
        return end;
    }

    private boolean readBoolean() throws IOException, LogInput.EndOfInput {
        long at = in.position();
        byte value = in.readByte();
        if (value != 0 && value != 1) {
            throw new CorruptSimulationLogException(
                    file, at, "boolean byte 0x" + hex(value) + " (expected 0x00 or 0x01)");
        }
        return value == 1;
    }

    private int readCount(String what, int max) throws IOException, LogInput.EndOfInput {
        long at = in.position();
        int count = in.readInt();
        if (count < 0 || count > max) {
            throw new CorruptSimulationLogException(file, at, "impossible " + what + " count " + count);
        }
        return count;
    }

    private int readLength(long at, String what) throws IOException, LogInput.EndOfInput {
        int length = in.readInt();
        if (length < 0 || length > MAX_STRING_BYTES) {
            throw new CorruptSimulationLogException(file, at, "impossible " + what + " length " + length);
        }
        if (length > in.remaining()) {
            throw new LogInput.EndOfInput();
        }
        return length;
    }

    /** A string written once with a new positive id, later referenced by its negated id. */
    private String readCachedString() throws IOException, LogInput.EndOfInput {
        long at = in.position();
        int id = in.readInt();
        if (id > 0) {
            if (id != dictionary.size() + 1) {
                throw new CorruptSimulationLogException(
                        file, at, "string id " + id + " out of sequence (expected " + (dictionary.size() + 1) + ")");
            }
            String value = readString();
            dictionary.add(value);
            return value;
        }
        long reference = -(long) id;
        if (reference == 0 || reference > dictionary.size()) {
            throw new CorruptSimulationLogException(
                    file, at, "reference to undefined string id " + reference + " (" + dictionary.size() + " defined)");
        }
        return dictionary.get((int) reference - 1);
    }

    /** Length, the JVM's internal String bytes, then the coder byte; an empty string is just length 0. */
    private String readString() throws IOException, LogInput.EndOfInput {
        long at = in.position();
        int length = readLength(at, "string");
        if (length == 0) {
            return "";
        }
        byte[] bytes = in.readBytes(length);
        return decode(at, bytes, in.readByte());
    }

    private String decode(long at, byte[] bytes, byte coder) throws CorruptSimulationLogException {
        if (coder == CODER_LATIN1) {
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
        if (coder == CODER_UTF16 && bytes.length % 2 == 0) {
            return new String(bytes, StandardCharsets.UTF_16LE);
        }
        throw new CorruptSimulationLogException(
                file,
                at,
                "string with coder 0x" + hex(coder) + " and " + bytes.length
                        + " bytes (expected coder 0 or 1, even length for 1)");
    }

    private static String recordName(byte type) {
        return switch (type) {
            case REQUEST -> "request";
            case USER -> "user";
            case GROUP -> "group";
            default -> "error";
        };
    }

    private static String hex(byte value) {
        return String.format("%02x", value & 0xff);
    }
}
