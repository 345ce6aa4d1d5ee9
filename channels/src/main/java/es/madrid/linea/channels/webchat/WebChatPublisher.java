package es.madrid.linea.channels.webchat;

import es.madrid.linea.bot.conversation.Conversation;
import es.madrid.linea.bot.conversation.ConversationEvent.UserUttered;
import es.madrid.linea.bot.conversation.ConversationListener;
import es.madrid.linea.bot.conversation.EventCodec;
import es.madrid.linea.bot.conversation.RecordedEvent;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.stereotype.Component;
import org.springframework.util.MimeTypeUtils;
import tools.jackson.databind.node.ObjectNode;

/**
 * Pushes what the citizen should see (their messages, the bot's and the agents', and the changes of who is
 * answering) to {@code /topic/conversations.<id>}, in log order. Internal events (slots, knowledge, actions) stay in
 * the log. A client that missed a push catches up with {@code GET /api/v1/conversations/{id}?afterSeq=n}. A
 * conversation nobody is subscribed to (WhatsApp's, the API's, a closed tab's) is skipped before any message is built:
 * the broker would have dropped it anyway.
 */
@Component
class WebChatPublisher implements ConversationListener {

    static final String TOPIC_PREFIX = "/topic/conversations.";

    private static final Set<String> CITIZEN_VISIBLE =
            Set.of("user", "bot", "agent", "handoff_requested", "agent_joined", "resumed", "closed");

    private final SimpMessagingTemplate broker;
    private final EventCodec codec;
    private final LiteralSubscriptionRegistry subscriptions;

    WebChatPublisher(SimpMessagingTemplate broker, EventCodec codec, LiteralSubscriptionRegistry subscriptions) {
        this.broker = broker;
        this.codec = codec;
        this.subscriptions = subscriptions;
    }

    @Override
    public void onEvents(Conversation conversation, List<RecordedEvent> events) {
        String topic = TOPIC_PREFIX + conversation.id();
        if (!subscriptions.isListenedTo(topic)) {
            return;
        }
        for (RecordedEvent event : events) {
            if (!CITIZEN_VISIBLE.contains(event.type())) {
                continue;
            }
            ObjectNode view = codec.view(forTheCitizen(event));
            view.put("conversationId", conversation.id());
            view.put("status", conversation.status().wireName());
            broker.send(
                    topic,
                    MessageBuilder.withPayload(view.toString().getBytes(StandardCharsets.UTF_8))
                            .setHeader("contentType", MimeTypeUtils.APPLICATION_JSON)
                            .build());
        }
    }

    /**
     * The event as the citizen's screen shows it: a message without what the bot understood of it, which is for agents
     * and analysts (and left out before it is turned into JSON, not after).
     */
    private static RecordedEvent forTheCitizen(RecordedEvent event) {
        if (event.event() instanceof UserUttered user && user.understanding() != null) {
            UserUttered shown = new UserUttered(user.text(), user.payload(), user.location(), user.messageId(), null);
            return new RecordedEvent(event.seq(), event.at(), shown);
        }
        return event;
    }
}
