package es.madrid.linea.handoff.routing;

import java.util.Arrays;
import java.util.Locale;

/**
 * What an agent says about themselves. Only available agents receive new conversations; busy agents are at work
 * (they keep their conversations and count as attending the queue) but take no new ones; away agents are not there.
 */
public enum Presence {
    AVAILABLE("available"),
    BUSY("busy"),
    AWAY("away");

    private final String wireName;

    Presence(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Presence fromWireName(String name) {
        String wanted = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(p -> p.wireName.equals(wanted))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("presencia desconocida: " + name));
    }
}
