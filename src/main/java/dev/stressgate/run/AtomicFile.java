package dev.stressgate.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * The one way artifacts are written: readers see the old content or the new, never a half-written file. The
 * content goes to a temporary file in the target's directory (created when missing), made readable by everyone
 * (rw-r--r--, like a file written directly, not owner-only like a fresh temporary file), then renamed over the
 * target. A failed write leaves the previous file untouched and no temporary file behind.
 */
public final class AtomicFile {

    /** Writes the content into the temporary file that will replace the target. */
    @FunctionalInterface
    public interface Content {
        void writeTo(Path temporaryFile) throws IOException;
    }

    private AtomicFile() {}

    public static Path write(Path target, Content content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path directory = absolute.getParent();
        Files.createDirectories(directory);
        Path temp = Files.createTempFile(directory, "." + absolute.getFileName(), ".tmp");
        try {
            content.writeTo(temp);
            PosixFileAttributeView posix = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
            if (posix != null) {
                posix.setPermissions(PosixFilePermissions.fromString("rw-r--r--"));
            }
            try {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
        return target;
    }

    /** Writes {@code text} as UTF-8; a lone surrogate (from any input) becomes '?' instead of failing the write. */
    public static Path writeString(Path target, String text) throws IOException {
        return write(target, temp -> Files.write(temp, text.getBytes(StandardCharsets.UTF_8)));
    }
}
