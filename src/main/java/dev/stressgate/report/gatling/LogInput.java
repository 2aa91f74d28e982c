package dev.stressgate.report.gatling;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Big-endian primitive reads over a file through one reusable NIO buffer, keeping the exact byte offset so
 * errors can say where they happened. Memory use is the buffer, whatever the file size.
 */
final class LogInput implements AutoCloseable {

    /** Thrown when the file ends before the requested bytes; carries no stack trace, the caller adds context. */
    static final class EndOfInput extends Exception {
        EndOfInput() {
            super(null, null, false, false);
        }
    }

    private static final int BUFFER_SIZE = 1 << 16;

    private final FileChannel channel;
    private final ByteBuffer buffer = ByteBuffer.allocate(BUFFER_SIZE);
    private long size;
    private long bufferStart;

    LogInput(Path file) throws IOException {
        this.channel = FileChannel.open(file, StandardOpenOption.READ);
        this.size = channel.size();
        buffer.limit(0);
    }

    long position() {
        return bufferStart + buffer.position();
    }

    long size() {
        return size;
    }

    /** Takes in the bytes appended since the last look, for a file that is still being written. */
    void refreshSize() throws IOException {
        size = channel.size();
    }

    /** Forgets everything read from {@code position} on, so the next read starts there again. */
    void rewindTo(long position) throws IOException {
        channel.position(position);
        bufferStart = position;
        buffer.clear();
        buffer.limit(0);
    }

    long remaining() {
        return size - position();
    }

    boolean atEnd() throws IOException {
        return !fill(1);
    }

    byte readByte() throws IOException, EndOfInput {
        require(Byte.BYTES);
        return buffer.get();
    }

    int readInt() throws IOException, EndOfInput {
        require(Integer.BYTES);
        return buffer.getInt();
    }

    long readLong() throws IOException, EndOfInput {
        require(Long.BYTES);
        return buffer.getLong();
    }

    byte[] readBytes(int length) throws IOException, EndOfInput {
        if (length > remaining()) {
            throw new EndOfInput();
        }
        byte[] bytes = new byte[length];
        int copied = 0;
        while (copied < length) {
            require(1);
            int chunk = Math.min(length - copied, buffer.remaining());
            buffer.get(bytes, copied, chunk);
            copied += chunk;
        }
        return bytes;
    }

    void skip(int length) throws IOException, EndOfInput {
        if (length > remaining()) {
            throw new EndOfInput();
        }
        int skipped = 0;
        while (skipped < length) {
            require(1);
            int chunk = Math.min(length - skipped, buffer.remaining());
            buffer.position(buffer.position() + chunk);
            skipped += chunk;
        }
    }

    private void require(int bytes) throws IOException, EndOfInput {
        if (!fill(bytes)) {
            throw new EndOfInput();
        }
    }

    /** Makes at least {@code bytes} (at most the buffer size) available; false if the file ends first. */
    private boolean fill(int bytes) throws IOException {
        if (buffer.remaining() >= bytes) {
            return true;
        }
        bufferStart += buffer.position();
        buffer.compact();
        while (buffer.position() < bytes) {
            if (channel.read(buffer) < 0) {
                break;
            }
        }
        buffer.flip();
        return buffer.remaining() >= bytes;
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
