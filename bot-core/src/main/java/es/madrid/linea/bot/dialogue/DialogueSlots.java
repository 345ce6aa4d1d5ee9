package es.madrid.linea.bot.dialogue;

import es.madrid.linea.bot.handoff.PriorityCitizen;

/**
 * The names of the slots the dialogue keeps its state in, in one place: the state lives only in the event log, so a
 * conversation replayed after a restart picks up exactly where it was (in the middle of a form, too).
 */
public final class DialogueSlots {

    /** The form in progress ({@code alert}, {@code appointment}...), absent when none. */
    public static final String FORM = "form";

    /** The step of the form in progress: the slot it asked for, or {@value #CONFIRM_STEP}. */
    public static final String FORM_STEP = "form_step";

    public static final String CONFIRM_STEP = "confirm";

    /** How many messages in a row the bot did not understand; the handoff policy hands over at its limit. */
    public static final String MISUNDERSTOOD_TURNS = "misunderstood_turns";

    /** {@code true} for a priority citizen (read by the handoff's routing). */
    public static final String PRIORITY = PriorityCitizen.SLOT;

    /** Why the citizen is a priority citizen: {@code profile}, {@code birth_year}, {@code age} or {@code said_so}. */
    public static final String PRIORITY_REASON = "priority_reason";

    /** The text the bot asked back about (low confidence), read again when the citizen picks what they meant. */
    public static final String ASKED_BACK_TEXT = "asked_back_text";

    /**
     * The sequence number of the last event of the bot's greeting: a message right after it is the citizen's first,
     * so a first "hola" is not greeted twice (nothing to clear, so no event comes between a message and its reply).
     */
    public static final String GREETED_AT = "greeted_at";

    /** A photo the channel received (WhatsApp: {@code whatsapp-media:<id>}), attached to the next alert. */
    public static final String PHOTO = "photo";

    private DialogueSlots() {}
}
