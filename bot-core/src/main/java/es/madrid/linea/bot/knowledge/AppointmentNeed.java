package es.madrid.linea.bot.knowledge;

import java.util.Arrays;
import java.util.Optional;

/** Whether a procedure is done with cita previa: the content says {@code true}, {@code false} or {@code unknown}. */
public enum AppointmentNeed {
    REQUIRED("true"),
    NOT_REQUIRED("false"),
    UNKNOWN("unknown");

    private final String contentValue;

    AppointmentNeed(String contentValue) {
        this.contentValue = contentValue;
    }

    /** The value as written in the front matter. */
    public String contentValue() {
        return contentValue;
    }

    public static Optional<AppointmentNeed> fromContent(String value) {
        return Arrays.stream(values())
                .filter(need -> need.contentValue.equals(value))
                .findFirst();
    }
}
