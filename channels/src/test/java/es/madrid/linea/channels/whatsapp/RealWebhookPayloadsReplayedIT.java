package es.madrid.linea.channels.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import es.madrid.linea.bot.conversation.ConversationEvent.UserUttered;
import es.madrid.linea.channels.whatsapp.outbound.Outbox;
import es.madrid.linea.channels.whatsapp.webhook.Inbox;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The real webhook payloads of the pywa collection, replayed against the webhook as Meta would send them, and the
 * forged ones Meta would never send.
 */
class RealWebhookPayloadsReplayedIT extends WhatsAppIT {

    private static final String PYWA_CITIZEN = "972987654321";

    @Autowired
    Inbox inbox;

    @Test
    void everyRealPayloadIsAcknowledgedAndTheRepeatedWamidHandledOnce() {
        for (PywaPayloads.Case payload : PywaPayloads.all()) {
            assertThat(deliver(payload.bytes()).status()).as(payload.toString()).isEqualTo(200);
        }

        assertThat(inbox.byKey("wamid.xyzxyz")).isPresent();
        await().until(() -> inbox.byKey("wamid.xyzxyz").orElseThrow().state() == Inbox.State.DONE);
        // Most payloads reuse the wamid "wamid.xyzxyz": stored once, and once in the conversation.
        assertThat(eventsOf(PYWA_CITIZEN, UserUttered.class))
                .filteredOn(user -> "wamid.xyzxyz".equals(user.messageId()))
                .hasSize(1);
        // Their timestamps are from 2023: the 24-hour window is long closed, so the replies wait, unsent.
        String conversation = conversationOf(PYWA_CITIZEN).orElseThrow().id();
        await().until(() -> !outbox.ofConversation(conversation).isEmpty()
                && outbox.ofConversation(conversation).stream().allMatch(e -> e.state() == Outbox.State.HELD));
        assertThat(GRAPH.messagesTo(PYWA_CITIZEN)).isEmpty();
    }

    @Test
    void theSignatureVectorsBodyIsRefusedUnderItsOwnSecretAndIgnoredUnderOursForItIsAnotherNumber() {
        PywaPayloads.SignatureVector vector = PywaPayloads.signatureVector();
        int before = inbox.count();

        assertThat(deliver(vector.body(), vector.header()).status()).isEqualTo(403);
        assertThat(deliver(vector.body()).status()).isEqualTo(200);

        assertThat(inbox.count()).isEqualTo(before);
    }

    @Test
    void forgedRequestsAreRefusedAndStoreNothing() {
        String waId = MetaWebhooks.newNumber();
        byte[] body = MetaWebhooks.messages(waId, MetaWebhooks.text(waId, MetaWebhooks.newWamid(), "gracias"));
        String signature = MetaWebhooks.signature(body);
        byte[] tampered = new String(body, StandardCharsets.UTF_8)
                .replace("gracias", "gracia$")
                .getBytes(StandardCharsets.UTF_8);
        int before = inbox.count();

        assertThat(deliver(tampered, signature).status()).isEqualTo(403);
        assertThat(deliver(body, null).status()).isEqualTo(401);
        assertThat(deliver(body, "sha256=deadbeef").status()).isEqualTo(401);
        assertThat(deliver(
                                body,
                                new es.madrid.linea.channels.whatsapp.webhook.WebhookSignature("wrong-secret")
                                        .headerFor(body))
                        .status())
                .isEqualTo(403);

        assertThat(inbox.count()).isEqualTo(before);
        assertThat(conversationOf(waId)).isEmpty();
    }

    @Test
    void signedButMalformedOrUnexpectedBodiesAreAcknowledgedAndIgnored() {
        int before = inbox.count();
        for (String body : new String[] {
            "{not json", "", "[]", "{\"object\":\"whatsapp_business_account\",\"entry\":\"nope\"}", "\u0000\u0001"
        }) {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            assertThat(deliver(bytes).status()).as(body).isEqualTo(200);
        }
        assertThat(inbox.count()).isEqualTo(before);
    }
}
