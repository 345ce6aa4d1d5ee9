package es.madrid.linea.bot.dialogue.appointments;

import es.madrid.linea.bot.appointments.Appointment;
import es.madrid.linea.bot.appointments.AppointmentTimes;
import es.madrid.linea.bot.conversation.ConversationEvent.BotUttered;
import es.madrid.linea.bot.dialogue.Answer;
import es.madrid.linea.bot.dialogue.Policy;
import es.madrid.linea.bot.dialogue.Turn;
import es.madrid.linea.bot.nlu.Intents;
import es.madrid.linea.bot.notifications.Notifications;
import es.madrid.linea.bot.notifications.Reminder;
import es.madrid.linea.bot.notifications.ReminderChannel;
import es.madrid.linea.bot.notifications.ReminderStatus;
import es.madrid.linea.bot.reply.Option;
import es.madrid.linea.bot.reply.Reply;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * "¿Cuándo es mi cita?": the upcoming appointments booked in this conversation (or the one quoted by its
 * reference), each with its office and address, and when and how its reminder goes out.
 */
final class WhenIsMyAppointment implements Policy {

    static final String NONE = "No veo ninguna cita pendiente en esta conversación. Si la pediste por otro lado, "
            + "escríbeme su referencia (por ejemplo, K7XQ2M9P) y la busco.";
    static final String DOWN =
            "Ahora mismo no puedo consultar el sistema de citas. Prueba en unos minutos o llama " + "al 010.";

    private final CitizenAppointments appointments;
    private final Notifications notifications;

    WhenIsMyAppointment(CitizenAppointments appointments, Notifications notifications) {
        this.appointments = appointments;
        this.notifications = notifications;
    }

    @Override
    public String name() {
        return "appointment_status";
    }

    @Override
    public Optional<Answer> answer(Turn turn) {
        if (!turn.clearly(Intents.APPOINTMENT_STATUS)) {
            return Optional.empty();
        }
        ZoneId zone = turn.now().getZone();
        CitizenAppointments.Found found = appointments.upcoming(turn);
        if (found.unknownReference().isPresent()) {
            return Optional.of(Answer.say("No encuentro ninguna cita con la referencia "
                    + found.unknownReference().get() + ". Revisa que esté bien escrita."));
        }
        if (found.appointments().isEmpty()) {
            if (!found.answered()) {
                return Optional.of(Answer.say(DOWN));
            }
            return Optional.of(Answer.of(new BotUttered(
                    Reply.options(NONE, List.of(new Option(AppointmentSlots.MENU_BOOK, "Pedir una cita"))))));
        }
        StringBuilder text = new StringBuilder();
        for (Appointment appointment : found.appointments()) {
            if (text.length() > 0) {
                text.append("\n");
            }
            text.append(found.appointments().size() == 1 ? "Tu cita es " : "- ")
                    .append(appointments.describe(appointment, zone))
                    .append(" (referencia ")
                    .append(appointment.id())
                    .append(").");
            notifications
                    .reminderOf(appointment.id())
                    .flatMap(r -> reminderSaid(r, zone))
                    .ifPresent(text::append);
        }
        if (found.appointments().size() > 1) {
            text.insert(0, "Tienes estas citas:\n");
        }
        return Optional.of(Answer.say(text.toString()));
    }

    private static Optional<String> reminderSaid(Reminder reminder, ZoneId zone) {
        if (reminder.status() != ReminderStatus.SCHEDULED || reminder.scheduledAt() == null) {
            return Optional.empty();
        }
        String how = reminder.channel() == ReminderChannel.SMS
                ? " por SMS"
                : reminder.channel() == ReminderChannel.WHATSAPP ? " por WhatsApp" : " aquí en el chat";
        return Optional.of(" Te la recordaré" + how + " "
                + AppointmentTimes.dayAndTime(reminder.scheduledAt().atZone(zone), zone) + ".");
    }
}
