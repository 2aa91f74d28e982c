package dev.stressgate.report.ai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stressgate.run.http.MisbehavingServer;
import dev.stressgate.run.http.OutboundHttp;
import dev.stressgate.run.http.UpgradeRefusingServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Ollama's chat endpoint behind servers that refuse HTTP upgrades or stall their body. */
class OllamaClientOverHttpTest {

    private static final String CHAT_ANSWER =
            "{\"model\":\"llama3.2:3b\",\"created_at\":\"2024-12-06T00:46:58.265747Z\","
                    + "\"message\":{\"role\":\"assistant\",\"content\":\"{\\\"status\\\":\\\"HEALTHY\\\"}\"},"
                    + "\"done_reason\":\"stop\",\"done\":true,\"total_duration\":2254970291,\"eval_count\":12}";

    private static OllamaSettings settings(URI base, Duration timeout) {
        return new OllamaSettings(base, "llama3.2:3b", timeout, 0.1, true);
    }

    private static String chat(OllamaSettings settings) throws OllamaFailure {
        return new OllamaClient(settings)
                .chat(
                        List.of(new ChatMessage("user", "hello")),
                        new ObjectMapper().createObjectNode().put("type", "object"));
    }

    @Test
    void chatsWithAServerThatAnswers404ToAnyUpgradeRequest() throws Exception {
        try (UpgradeRefusingServer server =
                new UpgradeRefusingServer(Map.of("/api/chat", UpgradeRefusingServer.Route.json(CHAT_ANSWER)))) {
            String content = chat(settings(server.uri(""), Duration.ofSeconds(10)));

            assertThat(content).isEqualTo("{\"status\":\"HEALTHY\"}");
            assertThat(server.refusedUpgrades()).isZero();
        }
    }

    @Test
    void aStalledBodyIsATimeoutAtTheConfiguredDeadline() throws Exception {
        try (MisbehavingServer server = new MisbehavingServer(MisbehavingServer.STALL_BODY)) {
            OllamaSettings settings = settings(server.uri(""), Duration.ofSeconds(1));

            assertThatThrownBy(() -> chat(settings))
                    .asInstanceOf(type(OllamaFailure.class))
                    .satisfies(failure -> {
                        assertThat(failure.outcome()).isEqualTo(Outcome.TIMEOUT);
                        assertThat(failure.getMessage())
                                .isEqualTo("no complete answer within 1 s at " + server.uri("/api/chat"));
                    });
        }
    }

    @Test
    void anAnswerBeyondTheCapIsGarbledWithTheSizeCause() throws Exception {
        try (MisbehavingServer server = new MisbehavingServer(MisbehavingServer.ENDLESS_BODY)) {
            OllamaSettings settings = settings(server.uri(""), Duration.ofSeconds(30));
            OllamaClient client = new OllamaClient(
                    settings, new OutboundHttp(HttpClient.Version.HTTP_1_1, settings.timeout(), 1024 * 1024));

            assertThatThrownBy(() -> client.chat(
                            List.of(new ChatMessage("user", "hello")), new ObjectMapper().createObjectNode()))
                    .asInstanceOf(type(OllamaFailure.class))
                    .satisfies(failure -> {
                        assertThat(failure.outcome()).isEqualTo(Outcome.GARBLED);
                        assertThat(failure.getMessage())
                                .isEqualTo("body larger than 1 MiB at " + server.uri("/api/chat"));
                    });
        }
    }
}
