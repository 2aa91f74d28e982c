package dev.stressgate.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {

    @TempDir
    Path dir;

    @Test
    void writesTheContentReadableByEveryoneAndLeavesNoTemporaryFile() throws IOException {
        Path target = dir.resolve("nested/summary.json");

        AtomicFile.writeString(target, "{\"ok\":true}");

        assertThat(target).hasContent("{\"ok\":true}");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target)))
                .isEqualTo("rw-r--r--");
        try (var files = Files.list(target.getParent())) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void replacesAnExistingFile() throws IOException {
        Path target = dir.resolve("report.txt");
        AtomicFile.writeString(target, "old");

        AtomicFile.writeString(target, "new");

        assertThat(target).hasContent("new");
    }

    @Test
    void aFailedWriteKeepsThePreviousContentAndRemovesTheTemporaryFile() throws IOException {
        Path target = dir.resolve("metrics.json");
        AtomicFile.writeString(target, "previous");

        assertThatThrownBy(() -> AtomicFile.write(target, temp -> {
                    Files.writeString(temp, "half");
                    throw new IOException("disk full");
                }))
                .isInstanceOf(IOException.class)
                .hasMessage("disk full");

        assertThat(target).hasContent("previous");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }
}
