package es.madrid.linea.channels.bench;

import static es.madrid.linea.testing.StompTestClient.next;
import static org.assertj.core.api.Assertions.assertThat;

import es.madrid.linea.testing.ApplicationIT;
import es.madrid.linea.testing.StompTestClient;
import java.util.concurrent.BlockingQueue;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/** The benchmark's echo through the real web chat endpoint, access policy and broker, as bench/run turns it on. */
@TestPropertySource(properties = "cibeles.bench.echo=true")
class StompEchoIT extends ApplicationIT {

    @Test
    void aCitizenConnectionGetsItsMessageBackOnTheEchoTopic() throws Exception {
        try (StompTestClient client = StompTestClient.connect("ws://localhost:" + port + "/ws/chat")) {
            BlockingQueue<JsonNode> echoes = client.subscribe("/topic/conversations.echo.bench-1");
            Thread.sleep(200); // let the SUBSCRIBE frame reach the broker before sending

            client.send("/app/conversations/bench-1/echo", "{\"text\":\"¿Qué necesito?\",\"messageId\":\"e-1\"}");

            JsonNode echo = next(echoes);
            assertThat(echo.get("messageId").asString()).isEqualTo("e-1");
            assertThat(echo.get("text").asString()).isEqualTo("¿Qué necesito?");
            assertThat(client.errors()).isEmpty();
        }
    }
}
