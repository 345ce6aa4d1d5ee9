package es.madrid.linea.channels.whatsapp.outbound;

import es.madrid.linea.bot.conversation.Channel;
import es.madrid.linea.bot.conversation.Conversation;
import es.madrid.linea.bot.conversation.ConversationEvent;
import es.madrid.linea.bot.conversation.ConversationEvent.AgentJoined;
import es.madrid.linea.bot.conversation.ConversationEvent.AgentUttered;
import es.madrid.linea.bot.conversation.ConversationEvent.BotUttered;
import es.madrid.linea.bot.conversation.ConversationEvent.ConversationResumed;
import es.madrid.linea.bot.conversation.ConversationHeader;
import es.madrid.linea.bot.conversation.ConversationListener;
import es.madrid.linea.bot.conversation.ConversationStore;
import es.madrid.linea.bot.conversation.RecordedEvent;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Queues what the citizen of a WhatsApp conversation must read: the bot's replies, the agents' messages (so a reply
 * typed in the agent console reaches the citizen's phone) and the changes of who is answering. Each message is keyed
 * by its conversation event, so telling this listener the same event twice queues it once.
 */
public final class WhatsAppReplies implements ConversationListener {

    static final String AGENT_JOINED = "Ahora te atiende una persona de Línea Madrid.";
    static final String BACK_TO_BOT = "Vuelves a hablar con Cibeles, el asistente virtual de Línea Madrid.";

    private static final Logger log = LoggerFactory.getLogger(WhatsAppReplies.class);
    private static final int KNOWN_CITIZENS = 10_000;

    private final ConversationStore store;
    private final Outbox outbox;
    private final ReplyRenderer renderer;
    private final OutboxSender sender;
    private final Clock clock;
    private final JsonMapper json;
    private final Map<String, String> citizenOfConversation = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > KNOWN_CITIZENS;
        }
    };

    public WhatsAppReplies(
            ConversationStore store,
            Outbox outbox,
            ReplyRenderer renderer,
            OutboxSender sender,
            Clock clock,
            JsonMapper json) {
        this.store = store;
        this.outbox = outbox;
        this.renderer = renderer;
        this.sender = sender;
        this.clock = clock;
        this.json = json;
    }

    @Override
    public void onEvents(Conversation conversation, List<RecordedEvent> events) {
        if (conversation.channel() != Channel.WHATSAPP) {
            return;
        }
        queue(conversation.id(), events);
    }

    /**
     * Queues whatever of the conversation's log is not queued yet: after a stop between storing the bot's answer and
     * queuing it, the next delivery of the citizen's message catches up here instead of losing the answer.
     */
    public void catchUp(String conversationId) {
        queue(conversationId, store.eventsAfter(conversationId, outbox.lastQueuedSeq(conversationId)));
    }

    private void queue(String conversationId, List<RecordedEvent> events) {
        String citizenKey = citizenOf(conversationId);
        if (citizenKey == null) {
            log.warn("WhatsApp conversation {} has no citizen key: its replies cannot be sent", conversationId);
            return;
        }
        boolean queued = false;
        for (RecordedEvent event : events) {
            List<ObjectNode> messages = messagesOf(event.event());
            for (int part = 0; part < messages.size(); part++) {
                String key = conversationId + ":" + event.seq() + ":" + part;
                String body = json.writeValueAsString(messages.get(part));
                queued |= outbox.enqueue(key, citizenKey, conversationId, event.seq(), true, body, clock.instant());
            }
        }
        if (queued) {
            sender.wake();
        }
    }

    private List<ObjectNode> messagesOf(ConversationEvent event) {
        if (event instanceof BotUttered bot) {
            return renderer.render(bot.reply());
        }
        if (event instanceof AgentUttered agent) {
            return renderer.texts(agent.text(), false);
        }
        if (event instanceof AgentJoined) {
            return renderer.texts(AGENT_JOINED, false);
        }
        if (event instanceof ConversationResumed) {
            return renderer.texts(BACK_TO_BOT, false);
        }
        return List.of();
    }

    private String citizenOf(String conversationId) {
        synchronized (citizenOfConversation) {
            String known = citizenOfConversation.get(conversationId);
            if (known != null) {
                return known;
            }
        }
        String citizenKey =
                store.header(conversationId).map(ConversationHeader::citizenKey).orElse(null);
        if (citizenKey != null) {
            synchronized (citizenOfConversation) {
                citizenOfConversation.put(conversationId, citizenKey);
            }
        }
        return citizenKey;
    }
}
