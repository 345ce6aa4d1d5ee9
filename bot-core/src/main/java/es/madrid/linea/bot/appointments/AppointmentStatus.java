package es.madrid.linea.bot.appointments;

import java.util.Arrays;
import java.util.Locale;

/** Where an appointment stands; the wire names are part of the public API. */
public enum AppointmentStatus {
    BOOKED("booked"),
    CANCELLED("cancelled"),
    /** Its time has passed (whether the citizen came is not known here). */
    DONE("done");

    private final String wireName;

    AppointmentStatus(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static AppointmentStatus fromWireName(String name) {
        String wanted = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(s -> s.wireName.equals(wanted))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown appointment status: " + name));
    }
}
