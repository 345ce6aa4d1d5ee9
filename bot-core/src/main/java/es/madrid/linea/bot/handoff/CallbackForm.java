package es.madrid.linea.bot.handoff;

import es.madrid.linea.bot.conversation.Conversation;
import es.madrid.linea.bot.conversation.ConversationEvent;
import es.madrid.linea.bot.conversation.ConversationEvent.ActionExecuted;
import es.madrid.linea.bot.conversation.ConversationEvent.BotUttered;
import es.madrid.linea.bot.conversation.ConversationEvent.SlotSet;
import es.madrid.linea.bot.conversation.ConversationEvent.UserUttered;
import es.madrid.linea.bot.reply.Option;
import es.madrid.linea.bot.reply.Reply;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * When nobody can take the conversation (outside opening hours, or no agent signed in), the bot offers a phone
 * callback or an office appointment instead. The callback is a small form: which number (the profile's, or one the
 * citizen writes), then a task for agents through {@link HandoffDesk#requestCallback}. The appointment option
 * carries the greeting menu's {@value #APPOINTMENT} payload, which the appointments dialogue answers.
 */
final class CallbackForm {

    static final String CALLBACK = "handoff:callback";
    static final String CALLBACK_PROFILE_PHONE = "handoff:callback_profile";
    static final String CALLBACK_OTHER_PHONE = "handoff:callback_other";
    static final String DECLINE = "handoff:decline";
    static final String APPOINTMENT = "menu:cita";

    /** Set to {@code phone} while the bot waits for the number. */
    static final String STEP_SLOT = "callback_step";

    static final String OFFER_REASON_SLOT = "handoff_offer_reason";
    static final String OFFER_QUEUE_SLOT = "handoff_offer_queue";

    /** The action recorded when the callback task is stored; its reference is the task's. */
    static final String REQUEST_CALLBACK = "request_callback";

    private static final String PHONE_STEP = "phone";
    private static final Set<String> OUR_PAYLOADS =
            Set.of(CALLBACK, CALLBACK_PROFILE_PHONE, CALLBACK_OTHER_PHONE, DECLINE);
    private static final Set<String> GIVING_UP =
            Set.of("cancelar", "cancela", "dejalo", "olvidalo", "no", "nada", "no gracias", "salir");

    static final String CLOSED = "Ahora no hay personas atendiendo el chat: el horario es %s.";
    static final String NO_AGENTS = "Ahora mismo no hay ninguna persona libre para atenderte por chat.";
    static final String ALTERNATIVES = " Si quieres, te llamamos por teléfono o te ayudo a pedir cita en una oficina. "
            + "También puedes llamar al 010, que atiende a cualquier hora.";
    static final String WHICH_NUMBER = "¿A qué número de teléfono te llamamos? Escríbelo, por ejemplo: 600 123 456.";
    static final String PROFILE_NUMBER = "¿Te llamamos al %s?";
    static final String NOT_A_NUMBER = "No he reconocido el número. Escríbelo con sus 9 cifras, por ejemplo: "
            + "600 123 456. Si prefieres dejarlo, escribe «cancelar».";
    static final String CALLBACK_STORED = "¡Hecho! Una persona de Línea Madrid te llamará al %s en cuanto pueda, "
            + "dentro del horario de atención (%s).";
    static final String CALLBACK_FAILED =
            "Lo siento, no he podido guardar tu petición de llamada. " + "Llama al 010, que atiende a cualquier hora.";
    static final String DECLINED =
            "De acuerdo. Si lo necesitas, el 010 atiende a cualquier hora. ¿Te ayudo con algo más?";
    static final String GAVE_UP = "De acuerdo, no te llamaremos. ¿Te ayudo con algo más?";

    static final List<Option> OPTIONS = List.of(
            new Option(CALLBACK, "Que me llamen por teléfono"),
            new Option(APPOINTMENT, "Pedir cita en una oficina"),
            new Option(DECLINE, "No, gracias"));

    private final HandoffDesk desk;

    CallbackForm(HandoffDesk desk) {
        this.desk = desk;
    }

    /** The offer when nobody can take the conversation, remembering why and where it would have gone. */
    List<ConversationEvent> offer(String introduction, String reason, HandoffRoute route) {
        String unavailable = route.availability() == HandoffRoute.Availability.CLOSED
                ? String.format(CLOSED, route.openingHours())
                : NO_AGENTS;
        String text = (introduction.isEmpty() ? "" : introduction + " ") + unavailable + ALTERNATIVES;
        return List.of(
                new SlotSet(OFFER_REASON_SLOT, reason),
                new SlotSet(OFFER_QUEUE_SLOT, route.queue()),
                new BotUttered(Reply.options(text, OPTIONS)));
    }

    /** True when this message belongs to the callback form: one of its options, or the number it asked for. */
    boolean takes(Conversation conversation, UserUttered message) {
        if (message.payload() != null) {
            return OUR_PAYLOADS.contains(message.payload());
        }
        return message.text() != null && askingForNumber(conversation);
    }

    /** Forgets a half-filled callback when the citizen moves on to something else (another option). */
    List<ConversationEvent> abandon(Conversation conversation) {
        return askingForNumber(conversation) ? List.of(new SlotSet(STEP_SLOT, null)) : List.of();
    }

    List<ConversationEvent> respond(Conversation conversation, UserUttered message) {
        String payload = message.payload();
        if (DECLINE.equals(payload)) {
            return withoutOffer(conversation, List.of(new BotUttered(Reply.text(DECLINED))));
        }
        Optional<String> profilePhone =
                SpanishPhone.parse(conversation.citizen().phone());
        if (CALLBACK.equals(payload) && profilePhone.isPresent()) {
            return List.of(new BotUttered(Reply.options(
                    String.format(PROFILE_NUMBER, SpanishPhone.ending(profilePhone.get())),
                    List.of(
                            new Option(CALLBACK_PROFILE_PHONE, "Sí, a ese número"),
                            new Option(CALLBACK_OTHER_PHONE, "A otro número")))));
        }
        if (CALLBACK.equals(payload) || CALLBACK_OTHER_PHONE.equals(payload)) {
            return List.of(new SlotSet(STEP_SLOT, PHONE_STEP), new BotUttered(Reply.text(WHICH_NUMBER)));
        }
        if (CALLBACK_PROFILE_PHONE.equals(payload) && profilePhone.isPresent()) {
            return store(conversation, profilePhone.get());
        }
        if (CALLBACK_PROFILE_PHONE.equals(payload)) {
            return List.of(new SlotSet(STEP_SLOT, PHONE_STEP), new BotUttered(Reply.text(WHICH_NUMBER)));
        }
        if (GIVING_UP.contains(fold(message.text()))) {
            return withoutOffer(
                    conversation, List.of(new SlotSet(STEP_SLOT, null), new BotUttered(Reply.text(GAVE_UP))));
        }
        Optional<String> phone = SpanishPhone.in(message.text(), message.understanding());
        if (phone.isEmpty()) {
            return List.of(new BotUttered(Reply.text(NOT_A_NUMBER)));
        }
        List<ConversationEvent> events = new ArrayList<>();
        events.add(new SlotSet(STEP_SLOT, null));
        events.addAll(store(conversation, phone.get()));
        return events;
    }

    private List<ConversationEvent> store(Conversation conversation, String phone) {
        boolean priority = PriorityCitizen.of(conversation);
        HandoffRoute route = desk.route(conversation, priority);
        String queue = conversation.slot(OFFER_QUEUE_SLOT).orElse(route.queue());
        String reason = conversation.slot(OFFER_REASON_SLOT).orElse(HandoffReasons.CITIZEN_ASKED);
        String reference;
        try {
            reference = desk.requestCallback(new CallbackRequest(conversation.id(), phone, queue, reason, priority));
        } catch (RuntimeException e) {
            return List.of(
                    new ActionExecuted(
                            REQUEST_CALLBACK, "error", null, e.getClass().getSimpleName()),
                    new BotUttered(Reply.text(CALLBACK_FAILED)));
        }
        return withoutOffer(
                conversation,
                List.of(
                        new ActionExecuted(REQUEST_CALLBACK, ActionExecuted.OK, reference, null),
                        new BotUttered(Reply.text(
                                String.format(CALLBACK_STORED, SpanishPhone.ending(phone), route.openingHours())))));
    }

    private static List<ConversationEvent> withoutOffer(Conversation conversation, List<ConversationEvent> events) {
        List<ConversationEvent> all = new ArrayList<>();
        if (conversation.slot(OFFER_REASON_SLOT).isPresent()) {
            all.add(new SlotSet(OFFER_REASON_SLOT, null));
        }
        if (conversation.slot(OFFER_QUEUE_SLOT).isPresent()) {
            all.add(new SlotSet(OFFER_QUEUE_SLOT, null));
        }
        all.addAll(events);
        return all;
    }

    private boolean askingForNumber(Conversation conversation) {
        return conversation.slot(STEP_SLOT).map(PHONE_STEP::equals).orElse(false);
    }

    private static String fold(String text) {
        if (text == null) {
            return "";
        }
        String lower = text.toLowerCase(Locale.ROOT).replaceAll("[¡!¿?.,]", " ").trim();
        return Normalizer.normalize(lower, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replaceAll("\\s+", " ");
    }
}
