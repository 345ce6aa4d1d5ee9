package es.madrid.linea.bot.notifications;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How the citizen wants to be reminded.
 *
 * @param recipient a phone in international form ({@code +34600000000}) for SMS and WhatsApp, the conversation id
 *     for the web
 * @param conversationId the conversation the appointment was booked in; may be null
 */
public record ReminderRequest(
        ReminderChannel channel, String recipient, String conversationId, ReminderDetails details) {

    private static final Pattern PHONE = Pattern.compile("\\+\\d{8,15}");

    public ReminderRequest {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(details, "details");
        if (channel == ReminderChannel.WEB) {
            recipient = recipient == null || recipient.isBlank() ? conversationId : recipient;
            if (recipient == null || recipient.isBlank() || recipient.length() > 64) {
                throw new IllegalArgumentException("a web reminder goes to a conversation id");
            }
        } else if (recipient == null || !PHONE.matcher(recipient).matches()) {
            throw new IllegalArgumentException("an SMS or WhatsApp reminder needs a phone like +34600000000");
        }
    }

    /** The conversation a web reminder is posted to. */
    public static ReminderRequest web(String conversationId, ReminderDetails details) {
        return new ReminderRequest(ReminderChannel.WEB, conversationId, conversationId, details);
    }
}
