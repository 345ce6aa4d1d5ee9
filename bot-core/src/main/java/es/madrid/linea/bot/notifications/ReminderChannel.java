package es.madrid.linea.bot.notifications;

import java.util.Arrays;
import java.util.Locale;

/** How a reminder reaches the citizen; the wire names are part of the public API. */
public enum ReminderChannel {
    /** A text message to the citizen's phone. */
    SMS("sms"),
    /** A WhatsApp template message to the citizen's phone. */
    WHATSAPP("whatsapp"),
    /** A message in the web conversation where the appointment was booked. */
    WEB("web");

    private final String wireName;

    ReminderChannel(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static ReminderChannel fromWireName(String name) {
        String wanted = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(c -> c.wireName.equals(wanted))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown reminder channel: " + name));
    }
}
