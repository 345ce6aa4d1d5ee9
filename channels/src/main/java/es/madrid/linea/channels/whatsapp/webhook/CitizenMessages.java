package es.madrid.linea.channels.whatsapp.webhook;

import es.madrid.linea.bot.conversation.Channel;
import es.madrid.linea.bot.conversation.CitizenProfile;
import es.madrid.linea.bot.conversation.Conversation;
import es.madrid.linea.bot.conversation.ConversationClosedException;
import es.madrid.linea.bot.conversation.ConversationEvent;
import es.madrid.linea.bot.conversation.ConversationEvent.AgentUttered;
import es.madrid.linea.bot.conversation.ConversationEvent.BotUttered;
import es.madrid.linea.bot.conversation.ConversationEvent.SlotSet;
import es.madrid.linea.bot.conversation.ConversationHeader;
import es.madrid.linea.bot.conversation.ConversationService;
import es.madrid.linea.bot.conversation.ConversationStatus;
import es.madrid.linea.bot.conversation.ConversationStore;
import es.madrid.linea.bot.conversation.InboundMessage;
import es.madrid.linea.bot.conversation.InvalidMessageException;
import es.madrid.linea.bot.conversation.RecordedEvent;
import es.madrid.linea.bot.conversation.TurnResult;
import es.madrid.linea.bot.geo.GeoPoint;
import es.madrid.linea.bot.reply.Option;
import es.madrid.linea.bot.reply.Reply;
import es.madrid.linea.channels.whatsapp.Contacts;
import es.madrid.linea.channels.whatsapp.JsonFields;
import es.madrid.linea.channels.whatsapp.outbound.Outbox;
import es.madrid.linea.channels.whatsapp.outbound.OutboxSender;
import es.madrid.linea.channels.whatsapp.outbound.WhatsAppReplies;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Takes a citizen's stored WhatsApp message into their conversation: the one they already have (conversations go on
 * across days) or a new one. Text, chosen options and shared locations go through the conversation service like any
 * channel's messages, keyed by wamid so a message is never handled twice; a photo is kept as the conversation's
 * {@value #PHOTO_SLOT} reference for the alert and acknowledged; what Cibeles cannot read gets a polite answer.
 */
final class CitizenMessages {

    static final String PHOTO_SLOT = "photo";
    static final String PHOTO_REFERENCE_PREFIX = "whatsapp-media:";
    static final String PHOTO_RECEIVED = "¡Gracias por la foto! La guardo para adjuntarla a tu aviso.";
    static final String ONLY_TEXT =
            "Lo siento, solo puedo leer texto, ubicaciones y fotos. " + "¿Me escribes tu consulta, por favor?";

    /** A bare option number, as a citizen answers a numbered list: "2", "2.", "2)". */
    private static final Pattern OPTION_NUMBER = Pattern.compile("\\s*(\\d{1,2})\\s*[.)]?\\s*");

    private static final int RECENT_EVENTS = 20;

    private final ConversationService conversations;
    private final ConversationStore store;
    private final Contacts contacts;
    private final Outbox outbox;
    private final OutboxSender sender;
    private final WhatsAppReplies replies;
    private final Clock clock;
    private final JsonMapper json;

    CitizenMessages(
            ConversationService conversations,
            ConversationStore store,
            Contacts contacts,
            Outbox outbox,
            OutboxSender sender,
            WhatsAppReplies replies,
            Clock clock,
            JsonMapper json) {
        this.conversations = conversations;
        this.store = store;
        this.contacts = contacts;
        this.outbox = outbox;
        this.sender = sender;
        this.replies = replies;
        this.clock = clock;
        this.json = json;
    }

    /** Handles one stored message and says what came of it (for the inbox row). */
    String handle(Inbox.Row row) {
        JsonNode message = json.readTree(row.payload());
        contacts.wrote(row.citizenKey(), row.waId(), sentAt(message, row.receivedAt()));
        if (outbox.releaseHeld(row.citizenKey(), clock.instant()) > 0) {
            sender.wake(); // the window is open again: what waited for it goes first
        }
        IncomingMessage incoming = IncomingMessage.of(message);
        if (incoming instanceof IncomingMessage.Ignored ignored) {
            return "ignored: " + ignored.why();
        }
        String conversationId = conversationOf(row.citizenKey());
        if (incoming instanceof IncomingMessage.Text text) {
            Optional<String> option = chosenByNumber(conversationId, text.text());
            return option.isPresent()
                    ? deliver(conversationId, row, null, option.get(), null)
                    : deliver(conversationId, row, text.text(), null, null);
        }
        if (incoming instanceof IncomingMessage.Choice choice) {
            return deliver(conversationId, row, null, choice.optionId(), null);
        }
        if (incoming instanceof IncomingMessage.SharedLocation location) {
            return deliver(conversationId, row, null, null, location.point());
        }
        if (incoming instanceof IncomingMessage.Photo photo) {
            return photo(conversationId, row, photo);
        }
        say(conversationId, ONLY_TEXT);
        return "unsupported: " + ((IncomingMessage.Unsupported) incoming).type();
    }

    private String deliver(String conversationId, Inbox.Row row, String text, String payload, GeoPoint at) {
        InboundMessage message;
        try {
            message = InboundMessage.of(text, payload, at, row.key());
        } catch (InvalidMessageException refused) {
            say(conversationId, refused.getMessage()); // e.g. too long: the citizen is told why, in Spanish
            return "refused: " + refused.code();
        }
        TurnResult result;
        try {
            result = conversations.handle(conversationId, message);
        } catch (ConversationClosedException closedMeanwhile) {
            result = conversations.handle(start(row.citizenKey()), message);
        }
        if (result.repeated()) {
            // Handled before a stop: make sure its answer was queued.
            replies.catchUp(result.conversationId());
            return "repeated";
        }
        return "handled";
    }

    private String photo(String conversationId, Inbox.Row row, IncomingMessage.Photo photo) {
        String reference = PHOTO_REFERENCE_PREFIX + photo.mediaId();
        Conversation conversation = conversations.conversation(conversationId);
        if (!conversation.slot(PHOTO_SLOT).filter(reference::equals).isPresent()) {
            conversations.record(
                    conversationId,
                    List.of(new SlotSet(PHOTO_SLOT, reference), new BotUttered(Reply.text(PHOTO_RECEIVED))));
        }
        if (photo.caption() != null && !photo.caption().isBlank()) {
            return "photo with caption " + deliver(conversationId, row, photo.caption(), null, null);
        }
        return "photo";
    }

    private void say(String conversationId, String text) {
        conversations.record(conversationId, List.of(new BotUttered(Reply.text(text))));
    }

    /** The citizen's open WhatsApp conversation, or a new one. */
    private String conversationOf(String citizenKey) {
        return store.latestOfCitizen(citizenKey)
                .filter(header -> header.channel() == Channel.WHATSAPP)
                .map(ConversationHeader::id)
                .filter(id -> conversations.conversation(id).status() != ConversationStatus.CLOSED)
                .orElseGet(() -> start(citizenKey));
    }

    private String start(String citizenKey) {
        return conversations
                .start(Channel.WHATSAPP, CitizenProfile.anonymous(), citizenKey)
                .conversationId();
    }

    /**
     * The option a bare number picks, when the last thing the citizen was shown is a list of options (rendered as
     * numbered text where buttons and lists do not fit, and typed as a number by many citizens anyway).
     */
    private Optional<String> chosenByNumber(String conversationId, String text) {
        Matcher number = OPTION_NUMBER.matcher(text);
        if (!number.matches()) {
            return Optional.empty();
        }
        Conversation conversation = conversations.conversation(conversationId);
        List<Option> offered = conversation.offeredOptions();
        int index = Integer.parseInt(number.group(1)) - 1;
        if (index < 0 || index >= offered.size() || !lastShownIsOptions(conversation)) {
            return Optional.empty();
        }
        return Optional.of(offered.get(index).id());
    }

    private boolean lastShownIsOptions(Conversation conversation) {
        List<RecordedEvent> recent =
                conversations.eventsAfter(conversation.id(), Math.max(0, conversation.lastSeq() - RECENT_EVENTS));
        for (int i = recent.size() - 1; i >= 0; i--) {
            ConversationEvent event = recent.get(i).event();
            if (event instanceof BotUttered bot) {
                return bot.reply() instanceof Reply.Options;
            }
            if (event instanceof AgentUttered) {
                return false;
            }
        }
        return false;
    }

    private static Instant sentAt(JsonNode message, Instant received) {
        String timestamp = JsonFields.scalar(message, "timestamp");
        long seconds;
        try {
            seconds = timestamp == null ? 0 : Long.parseLong(timestamp.strip());
        } catch (NumberFormatException notANumber) {
            seconds = 0;
        }
        // A missing or future timestamp must not open the window beyond what we saw ourselves.
        return seconds <= 0 ? received : Instant.ofEpochSecond(Math.min(seconds, received.getEpochSecond()));
    }
}
