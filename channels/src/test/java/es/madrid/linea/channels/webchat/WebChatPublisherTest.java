package es.madrid.linea.channels.webchat;

import static org.assertj.core.api.Assertions.assertThat;

import es.madrid.linea.bot.conversation.Conversation;
import es.madrid.linea.bot.conversation.ConversationEvent.BotUttered;
import es.madrid.linea.bot.conversation.ConversationEvent.SlotSet;
import es.madrid.linea.bot.conversation.ConversationEvent.UserUttered;
import es.madrid.linea.bot.conversation.EventCodec;
import es.madrid.linea.bot.conversation.RecordedEvent;
import es.madrid.linea.bot.nlu.Understanding;
import es.madrid.linea.bot.reply.Reply;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.messaging.Message;
import org.springframework.messaging.simp.SimpMessageHeaderAccessor;
import org.springframework.messaging.simp.SimpMessageType;
import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.messaging.support.MessageBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class WebChatPublisherTest {

    private static final Instant AT = Instant.parse("2026-11-29T10:00:00Z");

    private final List<Message<?>> sent = new ArrayList<>();
    private final LiteralSubscriptionRegistry subscriptions = new LiteralSubscriptionRegistry();
    private final WebChatPublisher publisher = new WebChatPublisher(
            new SimpMessagingTemplate((message, timeout) -> sent.add(message)), new EventCodec(), subscriptions);

    @Test
    void aWatchedConversationGetsWhatTheCitizenSeesInLogOrder() {
        subscribe("/topic/conversations.c1");

        publisher.onEvents(
                Conversation.empty("c1"),
                List.of(
                        new RecordedEvent(4, AT, new UserUttered("hola", null, null, "m-1", Understanding.none())),
                        new RecordedEvent(5, AT, new SlotSet("district", "Centro")),
                        new RecordedEvent(6, AT, new BotUttered(Reply.text("¡Hola! ¿En qué puedo ayudarte?")))));

        assertThat(sent).hasSize(2);
        JsonNode user = payload(sent.get(0));
        assertThat(user.path("seq").asLong()).isEqualTo(4);
        assertThat(user.path("type").asString()).isEqualTo("user");
        assertThat(user.path("conversationId").asString()).isEqualTo("c1");
        assertThat(user.has("understanding"))
                .as("analysis stays off the citizen's screen")
                .isFalse();
        assertThat(payload(sent.get(1)).path("type").asString()).isEqualTo("bot");
        assertThat(SimpMessageHeaderAccessor.getDestination(sent.get(1).getHeaders()))
                .isEqualTo("/topic/conversations.c1");
    }

    @Test
    void aConversationNobodyWatchesBuildsNoMessage() {
        subscribe("/topic/conversations.someone-else");

        publisher.onEvents(
                Conversation.empty("c1"), List.of(new RecordedEvent(1, AT, new BotUttered(Reply.text("¡Hola!")))));

        assertThat(sent).isEmpty();
    }

    private void subscribe(String destination) {
        SimpMessageHeaderAccessor headers = SimpMessageHeaderAccessor.create(SimpMessageType.SUBSCRIBE);
        headers.setSessionId("s1");
        headers.setSubscriptionId("sub-" + destination.hashCode());
        headers.setDestination(destination);
        subscriptions.registerSubscription(MessageBuilder.createMessage(new byte[0], headers.getMessageHeaders()));
    }

    private static JsonNode payload(Message<?> message) {
        return JsonMapper.shared().readTree(new String((byte[]) message.getPayload(), StandardCharsets.UTF_8));
    }
}
