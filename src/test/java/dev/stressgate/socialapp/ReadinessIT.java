package dev.stressgate.socialapp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stressgate.socialapp.ApiClient.Session;
import dev.stressgate.socialapp.config.DatabaseSettings;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import org.h2.tools.Server;
import org.junit.jupiter.api.Test;

/**
 * Readiness follows a real database outage: the app uses a file-backed H2 database served over TCP on a
 * loopback port; stopping that server makes {@code /health/ready} answer 503, restarting it brings it back
 * to 200 with the data intact.
 */
class ReadinessIT {

    @Test
    void readyIs503WhileTheDatabaseServerIsDownAndRecovers() throws Exception {
        Path dir = Files.createTempDirectory(Path.of("target"), "h2-readiness");
        int port = freePort();
        Server database = tcpServer(port, dir);
        DatabaseSettings settings = DatabaseSettings.inMemory()
                .withUrl("jdbc:h2:tcp://127.0.0.1:" + port + "/./socialapp;LOCK_TIMEOUT=10000")
                .withPoolSize(4)
                .withConnectionTimeout(Duration.ofMillis(1_000));
        try (SocialApp app = TestApps.start("readiness", config -> config.database(settings))) {
            ApiClient api = new ApiClient(app.baseUrl());
            Session user = api.signup();
            assertThat(api.get("/health/ready", null).status()).isEqualTo(200);

            database.stop();
            assertThat(api.get("/health/ready", null).status()).isEqualTo(503);
            assertThat(api.get("/health/live", null).status()).isEqualTo(200);
            assertThat(api.get("/api/posts", user.token()).status()).isEqualTo(503);
            assertThat(LogFile.requests(app.logFile())).anySatisfy(line -> {
                assertThat(line.get("status").asInt()).isEqualTo(503);
                assertThat(line.get("level").asText()).isEqualTo("ERROR");
            });

            database = tcpServer(port, dir);
            int status = 0;
            for (int attempt = 0; attempt < 60 && status != 200; attempt++) {
                status = api.get("/health/ready", null).status();
                if (status != 200) {
                    Thread.sleep(500);
                }
            }
            assertThat(status).isEqualTo(200);
            assertThat(api.get("/api/users/me", user.token()).json().get("id").asLong())
                    .isEqualTo(user.userId());
        } finally {
            database.stop();
        }
    }

    private static Server tcpServer(int port, Path dir) throws SQLException {
        return Server.createTcpServer("-tcpPort", Integer.toString(port), "-baseDir", dir.toString(), "-ifNotExists")
                .start();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
