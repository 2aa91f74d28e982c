package dev.stressgate.report.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs the system's Chromium headless on a local file, isolated from any profile and from the network (no
 * background networking, no component updates, a fresh user-data dir per call). Console messages are written to
 * stderr as {@code INFO:CONSOLE} lines, whatever their level.
 */
public final class HeadlessChromium {
    private static final List<String> CANDIDATES = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser");
    private static final long TIMEOUT_SECONDS = 120;

    private final Path binary;
    private final Path workDir;

    private HeadlessChromium(Path binary, Path workDir) {
        this.binary = binary;
        this.workDir = workDir;
    }

    /** The Chromium binary named by CHROMIUM_BIN, else the first of the usual Debian paths that exists. */
    public static Optional<HeadlessChromium> find(Path workDir) {
        String configured = System.getenv("CHROMIUM_BIN");
        List<String> candidates = configured == null ? CANDIDATES : List.of(configured);
        return candidates.stream()
                .map(Path::of)
                .filter(Files::isExecutable)
                .findFirst()
                .map(binary -> new HeadlessChromium(binary, workDir));
    }

    public record Result(int exitCode, String stdout, String stderr) {
        public List<String> consoleLines() {
            return stderr.lines().filter(line -> line.contains(":CONSOLE")).toList();
        }
    }

    /** Loads the page, lets its scripts run, and returns the serialised DOM on stdout. */
    public Result dumpDom(Path page) throws IOException, InterruptedException {
        return run(List.of(
                "--dump-dom", "--virtual-time-budget=10000", page.toUri().toString()));
    }

    /** Loads the page and writes a PNG screenshot of the given window size. */
    public Result screenshot(Path page, Path png, int width, int height) throws IOException, InterruptedException {
        return run(List.of(
                "--screenshot=" + png.toAbsolutePath(),
                "--window-size=" + width + "," + height,
                "--hide-scrollbars",
                "--virtual-time-budget=10000",
                page.toUri().toString()));
    }

    private Result run(List<String> action) throws IOException, InterruptedException {
        Path userData = Files.createTempDirectory(workDir, "chromium-profile");
        Path out = workDir.resolve("chromium.out");
        Path err = workDir.resolve("chromium.err");
        List<String> command = new ArrayList<>(List.of(
                binary.toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--user-data-dir=" + userData,
                "--enable-logging=stderr",
                "--v=0"));
        command.addAll(action);
        Process process = new ProcessBuilder(command)
                .directory(workDir.toFile())
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
        try {
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
                throw new IllegalStateException("chromium did not finish within " + TIMEOUT_SECONDS + " s: " + command);
            }
        } finally {
            deleteTree(userData);
        }
        return new Result(
                process.exitValue(),
                Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
