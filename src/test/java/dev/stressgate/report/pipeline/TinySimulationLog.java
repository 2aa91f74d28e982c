package dev.stressgate.report.pipeline;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * A minimal Gatling 3.15.1 simulation.log (layout: docs/simulation-log-format.md): the run record, then one user start
 * and the requests given as (start, end) offsets in ms from the run start, all OK, one request name.
 */
final class TinySimulationLog {
    private TinySimulationLog() {}

    static byte[] of(long runStartEpochMs, int[][] requestOffsets) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeByte(0);
        string(out, "3.15.1");
        string(out, "dev.example.TinySimulation");
        out.writeLong(runStartEpochMs);
        string(out, "tiny");
        out.writeInt(1);
        string(out, "scenario");
        out.writeInt(0);
        out.writeByte(2);
        out.writeInt(0);
        out.writeByte(1);
        out.writeInt(0);
        boolean defined = false;
        for (int[] request : requestOffsets) {
            out.writeByte(1);
            out.writeInt(0);
            if (defined) {
                out.writeInt(-1);
            } else {
                out.writeInt(1);
                string(out, "GET /thing");
                defined = true;
            }
            out.writeInt(request[0]);
            out.writeInt(request[1]);
            out.writeByte(1);
            out.writeInt(defined && request != requestOffsets[0] ? -2 : 2);
            if (request == requestOffsets[0]) {
                out.writeInt(0);
            }
        }
        out.flush();
        return bytes.toByteArray();
    }

    /** {@code log} followed by {@code count} user end records at offset {@code atMs}. */
    static byte[] withUserEnds(byte[] log, int count, int atMs) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(log);
        DataOutputStream out = new DataOutputStream(bytes);
        for (int i = 0; i < count; i++) {
            out.writeByte(2);
            out.writeInt(0);
            out.writeByte(0);
            out.writeInt(atMs);
        }
        out.flush();
        return bytes.toByteArray();
    }

    private static void string(DataOutputStream out, String value) throws IOException {
        byte[] latin1 = value.getBytes(StandardCharsets.ISO_8859_1);
        out.writeInt(latin1.length);
        out.write(latin1);
        out.writeByte(0);
    }
}
