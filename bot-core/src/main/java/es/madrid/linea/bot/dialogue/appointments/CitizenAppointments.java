package es.madrid.linea.bot.dialogue.appointments;

import es.madrid.linea.bot.appointments.Appointment;
import es.madrid.linea.bot.appointments.AppointmentBook;
import es.madrid.linea.bot.appointments.AppointmentStatus;
import es.madrid.linea.bot.appointments.AppointmentTimes;
import es.madrid.linea.bot.backoffice.Failure;
import es.madrid.linea.bot.backoffice.Outcome;
import es.madrid.linea.bot.dialogue.Turn;
import es.madrid.linea.bot.offices.Office;
import es.madrid.linea.bot.offices.OfficeDirectory;
import es.madrid.linea.bot.reply.Option;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The appointments a citizen can ask about, cancel or move: those booked in this conversation (the ids its {@code
 * action} events recorded) and one they quote by its reference.
 */
final class CitizenAppointments {

    /** A reference as booking systems write them: 6 to 12 letters and digits, with at least one of each. */
    private static final Pattern REFERENCE =
            Pattern.compile("\\b(?=[A-Za-z0-9]*\\d)(?=[A-Za-z0-9]*[A-Za-z])[A-Za-z0-9]{6,12}\\b");

    private final AppointmentBook book;
    private final OfficeDirectory directory;

    CitizenAppointments(AppointmentBook book, OfficeDirectory directory) {
        this.book = book;
        this.directory = directory;
    }

    /** What the look-up found: the appointments, and whether the system answered at all. */
    record Found(List<Appointment> appointments, boolean answered, Optional<String> unknownReference) {}

    /**
     * The booked, upcoming appointments the turn is about: the quoted one, or else all of the conversation's.
     * Cancelled and past ones are left out.
     */
    Found upcoming(Turn turn) {
        Optional<String> quoted = quotedReference(turn);
        Set<String> ids = new LinkedHashSet<>();
        quoted.ifPresent(ids::add);
        if (quoted.isEmpty()) {
            ids.addAll(turn.conversation().appointments());
        }
        List<Appointment> found = new ArrayList<>();
        boolean answered = true;
        Optional<String> unknown = Optional.empty();
        for (String id : ids) {
            Outcome<Appointment> outcome = book.find(id);
            if (outcome instanceof Outcome.Done<Appointment> done) {
                Appointment appointment = done.value().asOf(turn.now().toInstant());
                if (appointment.status() == AppointmentStatus.BOOKED
                        && found.stream().noneMatch(a -> a.id().equals(appointment.id()))) {
                    found.add(appointment);
                }
            } else {
                Failure failure = outcome.failureIfFailed().orElse(Failure.UNAVAILABLE);
                if (failure == Failure.UNAVAILABLE) {
                    answered = false;
                } else if (failure == Failure.NOT_FOUND && quoted.isPresent()) {
                    unknown = quoted;
                }
            }
        }
        return new Found(found, answered, unknown);
    }

    Optional<Appointment> find(String id, Turn turn) {
        return book.find(id).valueIfDone().map(a -> a.asOf(turn.now().toInstant()));
    }

    static Optional<String> quotedReference(Turn turn) {
        if (!turn.hasText()) {
            return Optional.empty();
        }
        Set<String> notReferences = new LinkedHashSet<>();
        turn.entities().stream()
                .filter(e ->
                        Set.of("dni", "nie", "phone", "postcode", "alert_code").contains(e.type()))
                .forEach(e -> notReferences.add(e.text().replaceAll("[^A-Za-z0-9]", "")));
        Matcher matcher = REFERENCE.matcher(turn.text());
        while (matcher.find()) {
            String candidate = matcher.group();
            if (!notReferences.contains(candidate)) {
                return Optional.of(candidate.toUpperCase(Locale.ROOT));
            }
        }
        return Optional.empty();
    }

    /** "el martes 1 de diciembre a las 9:30 en Línea Madrid Arganzuela (Paseo de la Chopera, 10)". */
    String describe(Appointment appointment, ZoneId zone) {
        return AppointmentTimes.dayAndTime(appointment.start(), zone) + " en " + where(appointment);
    }

    String where(Appointment appointment) {
        return directory
                .office(appointment.officeId())
                .map(AppointmentTexts::where)
                .orElse(appointment.officeId());
    }

    Optional<Office> office(Appointment appointment) {
        return directory.office(appointment.officeId());
    }

    /** One option per appointment, to say which one. */
    static List<Option> choices(List<Appointment> appointments, ZoneId zone, String payloadPrefix) {
        return appointments.stream()
                .map(a -> new Option(payloadPrefix + a.id(), AppointmentTexts.label(a.start(), zone)))
                .toList();
    }
}
