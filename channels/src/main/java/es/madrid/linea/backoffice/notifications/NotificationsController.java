package es.madrid.linea.backoffice.notifications;

import es.madrid.linea.backoffice.ApiTimes;
import es.madrid.linea.bot.notifications.Reminder;
import es.madrid.linea.bot.notifications.ReminderStatus;
import es.madrid.linea.system.ApiErrors;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The reminders outbox for supervisors ({@code GET /api/v1/notifications}): the reminders of an appointment, or the
 * latest ones (of a status), with what was sent and by whom. Phone numbers are shown by their last three digits.
 */
@RestController
@Validated
@RequestMapping(path = "/api/v1/notifications", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Notifications", description = "Appointment reminders: the outbox (role SUPERVISOR)")
class NotificationsController {

    private final JdbcReminderStore outbox;
    private final ApiTimes times;

    NotificationsController(JdbcReminderStore outbox, ApiTimes times) {
        this.outbox = outbox;
        this.times = times;
    }

    @GetMapping
    @Operation(summary = "Reminders of an appointment, or the latest reminders (optionally of one status)")
    ResponseEntity<?> reminders(
            @RequestParam(name = "appointment", required = false) @Size(max = 64) String appointment,
            @RequestParam(name = "status", required = false) String status,
            @RequestParam(name = "limit", defaultValue = "50") @Min(1) @Max(500) int limit) {
        if (appointment != null) {
            return ResponseEntity.ok(
                    outbox.ofAppointment(appointment).stream().map(this::view).toList());
        }
        ReminderStatus wanted = null;
        if (status != null) {
            try {
                wanted = ReminderStatus.fromWireName(status);
            } catch (IllegalArgumentException e) {
                return ApiErrors.error(
                        HttpStatus.BAD_REQUEST,
                        "invalid_status",
                        "El estado es waiting, scheduled, sending, sent, cancelled, failed o skipped.");
            }
        }
        List<ReminderView> views =
                outbox.recent(wanted, limit).stream().map(this::view).toList();
        return ResponseEntity.ok(views);
    }

    /** A reminder as the outbox shows it. */
    record ReminderView(
            String id,
            String appointmentId,
            String appointmentStart,
            String channel,
            String recipient,
            String status,
            String scheduledAt,
            int attempts,
            String sentAt,
            String deliveredBy,
            String text,
            String lastError,
            String createdAt) {}

    private ReminderView view(Reminder reminder) {
        return new ReminderView(
                reminder.id(),
                reminder.appointmentId(),
                times.format(reminder.appointmentStart()),
                reminder.channel().wireName(),
                recipient(reminder),
                reminder.status().wireName(),
                times.format(reminder.scheduledAt()),
                reminder.attempts(),
                times.format(reminder.sentAt()),
                reminder.deliveredBy(),
                reminder.text(),
                reminder.lastError(),
                times.format(reminder.createdAt()));
    }

    private static String recipient(Reminder reminder) {
        String recipient = reminder.request().recipient();
        if (recipient.startsWith("+") && recipient.length() > 3) {
            return "*".repeat(recipient.length() - 3) + recipient.substring(recipient.length() - 3);
        }
        return recipient;
    }
}
