package es.madrid.linea.handoff.desk;

import java.util.Arrays;
import java.util.Optional;

/** How an agent closes a conversation: the stable name recorded in the log and the label agents read. */
public enum Outcome {
    SOLVED("solved", "Resuelta"),
    NOT_SOLVED("not_solved", "Sin resolver"),
    REFERRED("referred", "Derivada a otro canal u oficina"),
    CALLBACK("callback", "Se llamará por teléfono"),
    ALERT_FILED("alert_filed", "Aviso registrado"),
    APPOINTMENT_BOOKED("appointment_booked", "Cita reservada"),
    NO_RESPONSE("no_response", "Sin respuesta del ciudadano");

    private final String wireName;
    private final String label;

    Outcome(String wireName, String label) {
        this.wireName = wireName;
        this.label = label;
    }

    public String wireName() {
        return wireName;
    }

    public String label() {
        return label;
    }

    public static Optional<Outcome> fromWireName(String name) {
        return Arrays.stream(values()).filter(o -> o.wireName.equals(name)).findFirst();
    }
}
