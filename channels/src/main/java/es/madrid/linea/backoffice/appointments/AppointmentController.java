package es.madrid.linea.backoffice.appointments;

import es.madrid.linea.backoffice.ApiTimes;
import es.madrid.linea.bot.appointments.Appointment;
import es.madrid.linea.bot.appointments.AppointmentBook;
import es.madrid.linea.bot.backoffice.Failure;
import es.madrid.linea.bot.backoffice.Outcome;
import es.madrid.linea.bot.notifications.Notifications;
import es.madrid.linea.bot.notifications.Reminder;
import es.madrid.linea.system.ApiErrors;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/appointments/{id}}: an appointment and its reminder, whatever appointment system is behind. */
@RestController
@RequestMapping(path = "/api/v1/appointments", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Appointments", description = "An appointment by its reference, with its reminder")
class AppointmentController {

    /** What any appointment system's reference looks like (ours are 8 letters and digits; Qmatic's are hex). */
    private static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9_-]{4,64}");

    private final AppointmentBook appointments;
    private final Notifications notifications;
    private final ApiTimes times;

    AppointmentController(AppointmentBook appointments, Notifications notifications, ApiTimes times) {
        this.appointments = appointments;
        this.notifications = notifications;
        this.times = times;
    }

    @GetMapping("/{id}")
    @Operation(summary = "The appointment with this reference, and its reminder")
    ResponseEntity<?> appointment(@PathVariable String id) {
        if (!REFERENCE.matcher(id).matches()) {
            return ApiErrors.error(
                    HttpStatus.BAD_REQUEST, "invalid_appointment_id", "Esa referencia de cita no es válida.");
        }
        Outcome<Appointment> outcome = appointments.find(id);
        if (outcome instanceof Outcome.Done<Appointment> done) {
            return ResponseEntity.ok(view(done.value()));
        }
        if (outcome.failureIfFailed().filter(f -> f == Failure.NOT_FOUND).isPresent()) {
            return ApiErrors.error(
                    HttpStatus.NOT_FOUND, "appointment_not_found", "No hay ninguna cita con esa referencia.");
        }
        return ApiErrors.error(
                HttpStatus.SERVICE_UNAVAILABLE,
                "appointments_unavailable",
                "El sistema de citas no responde ahora. Inténtalo más tarde o llama al 010.");
    }

    private AppointmentView view(Appointment appointment) {
        ReminderView reminder =
                notifications.reminderOf(appointment.id()).map(this::view).orElse(null);
        return new AppointmentView(
                appointment.id(),
                appointment.procedureId(),
                appointment.officeId(),
                appointment.serviceId(),
                times.format(appointment.start()),
                times.format(appointment.end()),
                appointment.status().wireName(),
                reminder);
    }

    private ReminderView view(Reminder reminder) {
        return new ReminderView(
                reminder.channel().wireName(),
                times.format(reminder.scheduledAt()),
                reminder.status().wireName(),
                times.format(reminder.sentAt()));
    }

    /** The public view of an appointment (API.md); times ISO-8601 with the council's offset. */
    record AppointmentView(
            String id,
            String procedureId,
            String officeId,
            String serviceId,
            String start,
            String end,
            String status,
            ReminderView reminder) {}

    /** Its reminder: on which channel, when, and where it stands. */
    record ReminderView(String channel, String scheduledAt, String status, String sentAt) {}
}
