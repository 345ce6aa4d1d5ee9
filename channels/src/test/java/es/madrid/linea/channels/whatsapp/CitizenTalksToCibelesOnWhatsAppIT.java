package es.madrid.linea.channels.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import es.madrid.linea.bot.conversation.Channel;
import es.madrid.linea.bot.conversation.ConversationEvent.AgentJoined;
import es.madrid.linea.bot.conversation.ConversationEvent.AgentUttered;
import es.madrid.linea.bot.conversation.ConversationEvent.BotUttered;
import es.madrid.linea.bot.conversation.ConversationEvent.SlotSet;
import es.madrid.linea.bot.conversation.ConversationEvent.UserUttered;
import es.madrid.linea.bot.conversation.ConversationHeader;
import es.madrid.linea.bot.geo.GeoPoint;
import es.madrid.linea.testing.ApiClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A citizen writes to Línea Madrid's WhatsApp number: the webhook answers at once, the message reaches their
 * conversation, and the bot's replies reach their phone as valid Graph API messages.
 */
class CitizenTalksToCibelesOnWhatsAppIT extends WhatsAppIT {

    private static final String GREETING = "¡Hola! Soy Cibeles, el asistente virtual de Línea Madrid.";
    private static final String YOU_ARE_WELCOME = "¡De nada! Aquí estoy para lo que necesites.";

    @Test
    void theHandshakeAnswersTheChallengeOnlyToOurVerifyToken() {
        ApiClient.Response ok = api.get("/webhooks/whatsapp?hub.mode=subscribe&hub.verify_token="
                + MetaWebhooks.VERIFY_TOKEN + "&hub.challenge=1158201444");
        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.body()).isEqualTo("1158201444");
        assertThat(api.get("/webhooks/whatsapp?hub.mode=subscribe&hub.verify_token=guess&hub.challenge=1")
                        .status())
                .isEqualTo(403);
        assertThat(api.get("/webhooks/whatsapp?hub.verify_token=" + MetaWebhooks.VERIFY_TOKEN + "&hub.challenge=1")
                        .status())
                .isEqualTo(403);
        assertThat(api.get("/webhooks/whatsapp?hub.mode=subscribe&hub.verify_token=" + MetaWebhooks.VERIFY_TOKEN
                                + "&hub.challenge=%3Cscript%3E")
                        .status())
                .isEqualTo(400);
    }

    @Test
    void aTextMessageIsAnsweredOnWhatsAppWithValidMessagesInOrder() {
        String waId = MetaWebhooks.newNumber();
        String wamid = MetaWebhooks.newWamid();

        ApiClient.Response response = deliver(MetaWebhooks.messages(waId, MetaWebhooks.text(waId, wamid, "gracias")));

        assertThat(response.status()).isEqualTo(200);
        await().until(() -> GRAPH.textsTo(waId).size() >= 3);
        assertThat(GRAPH.textsTo(waId)).containsExactly(GREETING, GreetingTexts.CAPABILITIES, YOU_ARE_WELCOME);
        for (JsonNode message : GRAPH.messagesTo(waId)) {
            assertThat(MetaMessageSpec.violations(message))
                    .as(message.toString())
                    .isEmpty();
        }
        assertThat(GRAPH.messagesTo(waId).get(1).at("/interactive/type").asString())
                .isEqualTo("list");
        assertThat(GRAPH.requestsTo(waId).get(0).getHeader("Authorization")).isEqualTo("Bearer " + FakeGraphApi.TOKEN);

        ConversationHeader conversation = conversationOf(waId).orElseThrow();
        assertThat(conversation.channel()).isEqualTo(Channel.WHATSAPP);
        assertThat(conversation.citizenKey()).isEqualTo(pseudonyms.of(waId)).doesNotContain(waId);
        assertThat(eventsOf(waId, UserUttered.class)).singleElement().satisfies(user -> {
            assertThat(user.text()).isEqualTo("gracias");
            assertThat(user.messageId()).isEqualTo(wamid);
        });
        await().until(() -> outbox.ofConversation(conversation.id()).stream().allMatch(entry -> entry.wamid() != null));
    }

    @Test
    void theSameMessageDeliveredAgainIsHandledOnce() throws Exception {
        String waId = MetaWebhooks.newNumber();
        byte[] body = MetaWebhooks.messages(waId, MetaWebhooks.text(waId, MetaWebhooks.newWamid(), "gracias"));

        List<CompletableFuture<Integer>> concurrent = new ArrayList<>();
        IntStream.range(0, 3)
                .forEach(i -> concurrent.add(
                        CompletableFuture.supplyAsync(() -> deliver(body).status())));
        for (CompletableFuture<Integer> delivery : concurrent) {
            assertThat(delivery.get()).isEqualTo(200);
        }
        await().until(() -> GRAPH.textsTo(waId).size() >= 3);
        assertThat(deliver(body).status()).isEqualTo(200);

        Thread.sleep(1500);
        assertThat(eventsOf(waId, UserUttered.class)).hasSize(1);
        assertThat(GRAPH.textsTo(waId)).containsExactly(GREETING, GreetingTexts.CAPABILITIES, YOU_ARE_WELCOME);
    }

    @Test
    void aConversationContinuesWithTheNextMessagesEvenDaysLater() {
        String waId = MetaWebhooks.newNumber();
        deliver(MetaWebhooks.messages(waId, MetaWebhooks.text(waId, MetaWebhooks.newWamid(), "gracias")));
        await().until(() -> eventsOf(waId, UserUttered.class).size() == 1);
        String first = conversationOf(waId).orElseThrow().id();

        deliver(MetaWebhooks.messages(waId, MetaWebhooks.text(waId, MetaWebhooks.newWamid(), "gracias otra vez")));

        await().until(() -> eventsOf(waId, UserUttered.class).size() == 2);
        assertThat(conversationOf(waId).orElseThrow().id()).isEqualTo(first);
        await().until(() -> GRAPH.textsTo(waId).size() == 4);
        assertThat(GRAPH.textsTo(waId)).endsWith(YOU_ARE_WELCOME, YOU_ARE_WELCOME);
    }

    @Test
    void pressedButtonsAndListRowsArriveAsTheOptionIdsTheBotOffered() {
        String waId = MetaWebhooks.newNumber();
        deliver(MetaWebhooks.messages(
                waId, MetaWebhooks.listReply(waId, MetaWebhooks.newWamid(), "menu:cita", "Pedir cita")));
        await().until(() -> eventsOf(waId, UserUttered.class).size() == 1);
        deliver(MetaWebhooks.messages(
                waId, MetaWebhooks.buttonReply(waId, MetaWebhooks.newWamid(), "confirm:yes", "Sí")));
        await().until(() -> eventsOf(waId, UserUttered.class).size() == 2);

        assertThat(eventsOf(waId, UserUttered.class))
                .extracting(UserUttered::payload)
                .containsExactly("menu:cita", "confirm:yes");
    }

    @Test
    void aNumberTypedAfterAListOfOptionsPicksThatOption() {
        String waId = MetaWebhooks.newNumber();
        deliver(MetaWebhooks.messages(waId, MetaWebhooks.text(waId, MetaWebhooks.newWamid(), "ayuda")));
        await().until(() -> eventsOf(waId, UserUttered.class).size() == 1);
        // The greeting menu (and "ayuda" answers with the menu again): 1 trámites, 2 aviso, 3 cita, 4 persona.
        deliver(MetaWebhooks.messages(waId, MetaWebhooks.text(waId, MetaWebhooks.newWamid(), "3")));

        await().until(() -> eventsOf(waId, UserUttered.class).size() == 2);
        UserUttered chosen = eventsOf(waId, UserUttered.class).get(1);
        assertThat(chosen.payload()).isEqualTo("menu:cita");
        assertThat(chosen.text()).isNull();
    }

    @Test
    void aSharedLocationReachesTheConversationAsALocationMessage() {
        String waId = MetaWebhooks.newNumber();
        deliver(MetaWebhooks.messages(waId, MetaWebhooks.location(waId, MetaWebhooks.newWamid(), 40.4169, -3.7035)));

        await().until(() -> eventsOf(waId, UserUttered.class).size() == 1);
        assertThat(eventsOf(waId, UserUttered.class).get(0).location()).isEqualTo(new GeoPoint(40.4169, -3.7035));
    }

    @Test
    void aPhotoIsAcknowledgedAndKeptAsThePhotoOfTheAlert() {
        String waId = MetaWebhooks.newNumber();
        deliver(MetaWebhooks.messages(
                waId, MetaWebhooks.image(waId, MetaWebhooks.newWamid(), "1598765432109876", null)));

        await().until(() -> GRAPH.textsTo(waId).contains(GreetingTexts.PHOTO_RECEIVED));
        assertThat(eventsOf(waId, SlotSet.class)).contains(new SlotSet("photo", "whatsapp-media:1598765432109876"));
        assertThat(eventsOf(waId, UserUttered.class)).isEmpty();
    }

    @Test
    void aPhotoWithACaptionIsKeptAndItsCaptionReadAsText() {
        String waId = MetaWebhooks.newNumber();
        deliver(MetaWebhooks.messages(waId, MetaWebhooks.image(waId, MetaWebhooks.newWamid(), "777", "gracias")));

        await().until(() -> GRAPH.textsTo(waId).contains(YOU_ARE_WELCOME));
        assertThat(eventsOf(waId, SlotSet.class)).contains(new SlotSet("photo", "whatsapp-media:777"));
        assertThat(eventsOf(waId, UserUttered.class))
                .extracting(UserUttered::text)
                .containsExactly("gracias");
    }

    @Test
    void whatCibelesCannotReadGetsAPoliteAnswerAndAReactionNone() {
        String waId = MetaWebhooks.newNumber();
        var audio = MetaWebhooks.message(waId, MetaWebhooks.newWamid(), java.time.Instant.now(), "audio");
        audio.putObject("audio").put("id", "123").put("mime_type", "audio/ogg");
        var reaction = MetaWebhooks.message(waId, MetaWebhooks.newWamid(), java.time.Instant.now(), "reaction");
        reaction.putObject("reaction").put("message_id", "wamid.x").put("emoji", "👍");

        deliver(MetaWebhooks.messages(waId, audio));
        await().until(() -> GRAPH.textsTo(waId).contains(GreetingTexts.ONLY_TEXT));
        deliver(MetaWebhooks.messages(waId, reaction));

        await().pollDelay(Duration.ofMillis(1500)).until(() -> true);
        assertThat(GRAPH.textsTo(waId))
                .filteredOn(GreetingTexts.ONLY_TEXT::equals)
                .hasSize(1);
        assertThat(eventsOf(waId, UserUttered.class)).isEmpty();
    }

    @Test
    void anAgentsRepliesReachTheCitizensPhone() {
        String waId = MetaWebhooks.newNumber();
        deliver(MetaWebhooks.messages(waId, MetaWebhooks.text(waId, MetaWebhooks.newWamid(), "gracias")));
        await().until(() -> GRAPH.textsTo(waId).size() == 3);
        String id = conversationOf(waId).orElseThrow().id();

        conversations.record(
                id, List.of(new AgentJoined("ana"), new AgentUttered("ana", "Hola, soy Ana. Te ayudo con tu cita.")));

        await().until(() -> GRAPH.textsTo(waId).size() == 5);
        assertThat(GRAPH.textsTo(waId)).endsWith(GreetingTexts.AGENT_JOINED, "Hola, soy Ana. Te ayudo con tu cita.");
        assertThat(eventsOf(waId, BotUttered.class)).hasSize(3);
    }
}
