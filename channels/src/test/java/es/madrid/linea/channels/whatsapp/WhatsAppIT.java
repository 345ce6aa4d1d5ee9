package es.madrid.linea.channels.whatsapp;

import es.madrid.linea.bot.conversation.ConversationEvent;
import es.madrid.linea.bot.conversation.ConversationHeader;
import es.madrid.linea.bot.conversation.ConversationService;
import es.madrid.linea.bot.conversation.ConversationStore;
import es.madrid.linea.bot.conversation.RecordedEvent;
import es.madrid.linea.channels.whatsapp.outbound.Outbox;
import es.madrid.linea.testing.ApiClient;
import es.madrid.linea.testing.ApplicationIT;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.awaitility.Awaitility;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * Base of the WhatsApp integration tests: the whole service with the WhatsApp channel configured, Meta's webhook
 * called as Meta calls it, and a {@link FakeGraphApi} in place of the Graph API. The tests share one service: each
 * uses its own citizen numbers.
 */
@TestPropertySource(
        properties = {
            "cibeles.whatsapp.phone-number-id=" + PywaPayloads.PHONE_NUMBER_ID,
            "cibeles.whatsapp.api-version=" + FakeGraphApi.VERSION,
            "cibeles.whatsapp.access-token=" + FakeGraphApi.TOKEN,
            "cibeles.whatsapp.app-secret=" + MetaWebhooks.APP_SECRET,
            "cibeles.whatsapp.verify-token=" + MetaWebhooks.VERIFY_TOKEN,
            "cibeles.whatsapp.response-timeout=5s"
        })
public abstract class WhatsAppIT extends ApplicationIT {

    protected static final FakeGraphApi GRAPH = new FakeGraphApi();

    static {
        // The machine is shared: give asynchronous processing room before calling a test failed.
        Awaitility.setDefaultTimeout(Duration.ofSeconds(30));
    }

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Autowired
    protected ConversationStore store;

    @Autowired
    protected ConversationService conversations;

    @Autowired
    protected CitizenPseudonyms pseudonyms;

    @Autowired
    protected Outbox outbox;

    @DynamicPropertySource
    static void graphApi(DynamicPropertyRegistry registry) {
        registry.add("cibeles.whatsapp.api-base-url", GRAPH::baseUrl);
    }

    /** Posts a webhook body signed as Meta signs it. */
    protected ApiClient.Response deliver(byte[] body) {
        return deliver(body, MetaWebhooks.signature(body));
    }

    protected ApiClient.Response deliver(byte[] body, String signature) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(api.base() + "/webhooks/whatsapp"))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (signature != null) {
            request.header("X-Hub-Signature-256", signature);
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new ApiClient.Response(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    protected Optional<ConversationHeader> conversationOf(String waId) {
        return store.latestOfCitizen(pseudonyms.of(waId));
    }

    protected List<ConversationEvent> eventsOf(String waId) {
        return conversationOf(waId)
                .map(header -> store.events(header.id()).stream()
                        .map(RecordedEvent::event)
                        .toList())
                .orElse(List.of());
    }

    protected <T extends ConversationEvent> List<T> eventsOf(String waId, Class<T> type) {
        return eventsOf(waId).stream().filter(type::isInstance).map(type::cast).toList();
    }
}
