package es.madrid.linea.handoff.actions;

import es.madrid.linea.bot.handoff.SpanishPhone;
import es.madrid.linea.bot.notifications.ReminderChannel;
import es.madrid.linea.handoff.routing.RoutingRefusal;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The appointment form as the agent sends it ({@code SEND /app/agent/book-appointment}). Carries personal data:
 * {@link #toString} prints none of it.
 *
 * @param start one of the free times' {@code start}, ISO-8601 with offset
 * @param phone the citizen's phone as the agent typed it; required for an SMS or WhatsApp reminder
 * @param reminder {@code web} (a message in this conversation), {@code sms} or {@code whatsapp}
 */
public record AppointmentRequest(
        String conversationId,
        String requestId,
        String procedureId,
        String officeId,
        String start,
        String citizenName,
        String phone,
        String reminder)
        implements ActionRequest {

    private static final int MAX_NAME = 200;

    ZonedDateTime startIn(ZoneId zone) {
        try {
            return OffsetDateTime.parse(start == null ? "" : start.strip()).atZoneSameInstant(zone);
        } catch (DateTimeParseException e) {
            throw invalid("Elige una de las horas libres.");
        }
    }

    String name() {
        if (citizenName == null || citizenName.isBlank()) {
            return null;
        }
        if (citizenName.strip().length() > MAX_NAME) {
            throw invalid("El nombre es demasiado largo.");
        }
        return citizenName.strip();
    }

    /** The phone as {@code +34...}; empty when none was given, a refusal when it is not a phone. */
    Optional<String> normalisedPhone() {
        if (phone == null || phone.isBlank()) {
            return Optional.empty();
        }
        String compact = phone.replaceAll("[\\s.()-]", "");
        RoutingRefusal notAPhone = invalid("El teléfono no es válido: escribe nueve cifras, por ejemplo 600 123 456.");
        if (!compact.matches("\\+?\\d{8,15}")) {
            throw notAPhone;
        }
        if (compact.matches("\\+(?!34)\\d{8,15}")) {
            return Optional.of(compact);
        }
        return Optional.of(SpanishPhone.parse(compact).orElseThrow(() -> notAPhone));
    }

    ReminderChannel reminderChannel() {
        try {
            return ReminderChannel.fromWireName(reminder == null || reminder.isBlank() ? "web" : reminder);
        } catch (IllegalArgumentException e) {
            throw invalid("Elige cómo recibirá el recordatorio.");
        }
    }

    static RoutingRefusal invalid(String message) {
        return new RoutingRefusal("invalid_request", message);
    }

    @Override
    public String toString() {
        return "AppointmentRequest[conversationId=" + conversationId + ", requestId=" + requestId + ", masked]";
    }
}
