package es.madrid.linea.channels.whatsapp.outbound;

import es.madrid.linea.bot.appointments.AppointmentTimes;
import es.madrid.linea.bot.conversation.UnknownConversationException;
import es.madrid.linea.bot.notifications.Delivery;
import es.madrid.linea.bot.notifications.Reminder;
import es.madrid.linea.bot.notifications.ReminderChannel;
import es.madrid.linea.bot.notifications.ReminderDetails;
import es.madrid.linea.bot.notifications.ReminderSender;
import java.time.ZoneId;

/**
 * WhatsApp reminders: the approved {@code recordatorio_cita} template (office, date, time, documents) sent to the
 * citizen of the WhatsApp conversation where the appointment was booked. Templates may go outside the 24-hour
 * window, so the reminder reaches the citizen the day before whenever they last wrote. Handing it to the outbox is
 * the delivery: the outbox sends it in order, retries what surely did not go out and never sends a key twice.
 */
public final class WhatsAppReminderSender implements ReminderSender {

    public static final String WHATSAPP = "whatsapp";

    /** What the template's documents parameter says when the procedure lists none. */
    static final String NO_DOCUMENTS = "tu documento de identidad";

    private final WhatsAppTemplates templates;
    private final ZoneId zone;

    public WhatsAppReminderSender(WhatsAppTemplates templates, ZoneId zone) {
        this.templates = templates;
        this.zone = zone;
    }

    @Override
    public ReminderChannel channel() {
        return ReminderChannel.WHATSAPP;
    }

    @Override
    public Delivery send(Reminder reminder, String text) {
        String conversationId = reminder.request().conversationId();
        if (conversationId == null) {
            return Delivery.refused("a WhatsApp reminder goes to the WhatsApp conversation it was booked in");
        }
        try {
            templates.send(conversationId, template(reminder), "reminder:" + reminder.id());
            // Queued now or already queued under this key: either way the outbox sends it once.
            return Delivery.delivered(WHATSAPP);
        } catch (UnknownConversationException e) {
            return Delivery.refused("no conversation " + conversationId);
        } catch (IllegalArgumentException e) {
            return Delivery.refused("not a WhatsApp conversation: " + conversationId);
        }
    }

    /** {@code recordatorio_cita}: "…tu cita en Línea Madrid: {{1}}, el {{2}} a las {{3}}. Recuerda traer: {{4}}." */
    TemplateMessage template(Reminder reminder) {
        ReminderDetails details = reminder.request().details();
        String office = details.officeName() + " (" + details.officeAddress() + ")";
        String documents = details.documents().isEmpty()
                ? NO_DOCUMENTS
                : String.join(
                        "; ",
                        details.documents().stream()
                                .map(d -> d.strip().replaceAll("[.;]+$", ""))
                                .toList());
        return TemplateMessage.appointmentReminder(
                office,
                AppointmentTimes.day(reminder.appointmentStart(), zone),
                AppointmentTimes.time(reminder.appointmentStart(), zone),
                documents);
    }
}
