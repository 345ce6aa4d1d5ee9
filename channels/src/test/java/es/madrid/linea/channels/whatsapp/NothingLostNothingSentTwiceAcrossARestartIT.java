package es.madrid.linea.channels.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import es.madrid.fixtures.BlockingUnderstandingConfiguration;
import es.madrid.linea.CibelesApplication;
import es.madrid.linea.bot.conversation.ConversationEvent.UserUttered;
import es.madrid.linea.bot.conversation.ConversationStore;
import es.madrid.linea.bot.conversation.RecordedEvent;
import es.madrid.linea.channels.whatsapp.webhook.Inbox;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The service stops after the webhook answered 200 and before the message was processed (here: while the bot was
 * still reading it). At the next start the message is processed from the inbox, and the citizen reads each reply
 * once: nothing lost, nothing sent twice — even when WhatsApp delivers the same message again meanwhile.
 */
class NothingLostNothingSentTwiceAcrossARestartIT {

    private static final FakeGraphApi GRAPH = new FakeGraphApi();
    private static final String YOU_ARE_WELCOME = "¡De nada! Aquí estoy para lo que necesites.";

    @TempDir
    Path dataDir;

    @AfterAll
    static void stopGraph() {
        GRAPH.stop();
    }

    @Test
    void aMessageAcknowledgedBeforeAStopIsAnsweredOnceAfterIt() throws Exception {
        String waId = MetaWebhooks.newNumber();
        String wamid = MetaWebhooks.newWamid();
        byte[] body = MetaWebhooks.messages(waId, MetaWebhooks.text(waId, wamid, "gracias"));

        try (ConfigurableApplicationContext first = start(BlockingUnderstandingConfiguration.class)) {
            // Answered although the bot never finishes reading: the webhook does not wait for it.
            assertThat(deliver(first, body)).isEqualTo(200);
            assertThat(BlockingUnderstandingConfiguration.READING.await(20, TimeUnit.SECONDS))
                    .isTrue();
            assertThat(first.getBean(Inbox.class).byKey(wamid).orElseThrow().state())
                    .isEqualTo(Inbox.State.PENDING);
        }

        try (ConfigurableApplicationContext second = start()) {
            assertThat(deliver(second, body)).isEqualTo(200); // WhatsApp retried meanwhile
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> GRAPH.textsTo(waId).contains(YOU_ARE_WELCOME));
            await().pollDelay(Duration.ofSeconds(2)).until(() -> true);

            assertThat(GRAPH.textsTo(waId))
                    .containsExactly(
                            "¡Hola! Soy Cibeles, el asistente virtual de Línea Madrid.",
                            GreetingTexts.CAPABILITIES,
                            YOU_ARE_WELCOME);
            ConversationStore store = second.getBean(ConversationStore.class);
            String citizen = second.getBean(CitizenPseudonyms.class).of(waId);
            List<RecordedEvent> events =
                    store.events(store.latestOfCitizen(citizen).orElseThrow().id());
            assertThat(events)
                    .filteredOn(e -> e.event() instanceof UserUttered)
                    .singleElement()
                    .satisfies(e ->
                            assertThat(((UserUttered) e.event()).messageId()).isEqualTo(wamid));
            assertThat(second.getBean(Inbox.class).byKey(wamid).orElseThrow().state())
                    .isEqualTo(Inbox.State.DONE);
        }
    }

    private ConfigurableApplicationContext start(Class<?>... fixtures) {
        return new SpringApplicationBuilder(CibelesApplication.class)
                .sources(fixtures)
                .run(
                        "--server.port=0",
                        "--cibeles.data-dir=" + dataDir,
                        "--spring.main.banner-mode=off",
                        "--cibeles.whatsapp.api-base-url=" + GRAPH.baseUrl(),
                        "--cibeles.whatsapp.api-version=" + FakeGraphApi.VERSION,
                        "--cibeles.whatsapp.phone-number-id=" + PywaPayloads.PHONE_NUMBER_ID,
                        "--cibeles.whatsapp.access-token=" + FakeGraphApi.TOKEN,
                        "--cibeles.whatsapp.app-secret=" + MetaWebhooks.APP_SECRET,
                        "--cibeles.whatsapp.verify-token=" + MetaWebhooks.VERIFY_TOKEN);
    }

    private static int deliver(ConfigurableApplicationContext context, byte[] body) throws Exception {
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/webhooks/whatsapp"))
                                .header("Content-Type", "application/json")
                                .header("X-Hub-Signature-256", MetaWebhooks.signature(body))
                                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        return response.statusCode();
    }
}
