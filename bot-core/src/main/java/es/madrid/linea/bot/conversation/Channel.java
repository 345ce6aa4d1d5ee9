package es.madrid.linea.bot.conversation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;

/** Where the citizen writes from. The wire names are part of the public API. */
public enum Channel {
    WEB("web"),
    WHATSAPP("whatsapp"),
    SMS("sms"),
    API("api");

    private final String wireName;

    Channel(String wireName) {
        this.wireName = wireName;
    }

    @JsonValue
    public String wireName() {
        return wireName;
    }

    @JsonCreator
    public static Channel fromWireName(String name) {
        String wanted = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(c -> c.wireName.equals(wanted))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown channel: " + name));
    }
}
