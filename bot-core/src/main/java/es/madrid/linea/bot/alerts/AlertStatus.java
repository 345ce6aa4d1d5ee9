package es.madrid.linea.bot.alerts;

import java.util.Arrays;
import java.util.Locale;

/**
 * Where an alert stands, in Open311's words (the public API shows the wire name). Avisos Madrid's finer states map
 * onto these: "en curso" is open, "finalizado" and "no procede" are closed (the status notes say which).
 */
public enum AlertStatus {
    /** Reported and not yet resolved. */
    OPEN("open"),
    /** Resolved, or closed without action. */
    CLOSED("closed");

    private final String wireName;

    AlertStatus(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static AlertStatus fromWireName(String name) {
        String wanted = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(s -> s.wireName.equals(wanted))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown alert status: " + name));
    }
}
