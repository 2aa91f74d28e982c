package dev.stressgate.socialapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The standalone entry point in its own JVM: the listening line, SIGTERM shutdown, and a busy port. */
class SocialAppMainIT {

    private static final Pattern LISTENING =
            Pattern.compile("Stressgate reference app listening on (http://127\\.0\\.0\\.1:\\d+) \\(log: (.+)\\)");

    @Test
    void printsListeningLineServesAndStopsOnSigterm() throws Exception {
        Path log = Files.createTempDirectory(Path.of("target"), "main").resolve("app.log");
        Process process = start("0", log);
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line = out.readLine();
            Matcher matcher = LISTENING.matcher(line == null ? "" : line);
            assertThat(matcher.matches()).as("first stdout line: %s", line).isTrue();
            assertThat(Path.of(matcher.group(2))).isEqualTo(log.toAbsolutePath());
            ApiClient api = new ApiClient(matcher.group(1));
            assertThat(api.get("/health/ready", null).status()).isEqualTo(200);

            process.destroy();
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(LogFile.lines(log))
                    .anySatisfy(
                            entry -> assertThat(entry.get("message").asText()).isEqualTo("app stopping"));
        } finally {
            process.destroyForcibly();
        }
    }

    @Test
    void busyPortFailsWithOneLineAndExitCode1() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Path log = Files.createTempDirectory(Path.of("target"), "main-busy").resolve("app.log");
            Process process = start(Integer.toString(taken.getLocalPort()), log);
            assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue()).isEqualTo(1);
            String stderr = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            assertThat(stderr.lines().toList())
                    .containsExactly("Stressgate reference app failed to start: port " + taken.getLocalPort()
                            + " on 127.0.0.1 is already in use");
            assertThat(new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
                    .doesNotContain("Exception");
        }
    }

    private static Process start(String port, Path log) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                SocialAppMain.class.getName()));
        builder.environment().put("APP_PORT", port);
        builder.environment().put("APP_HOST", "127.0.0.1");
        builder.environment().put("APP_LOG_FILE", log.toString());
        builder.environment().put("APP_LOG_CONSOLE", "false");
        builder.environment().put("APP_PASSWORD_ITERATIONS", "1000");
        return builder.start();
    }
}
