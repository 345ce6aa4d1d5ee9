package es.madrid.linea.bot.dialogue.appointments;

import java.util.List;

/** The slots and option payloads of the appointment dialogue, in one place. */
public final class AppointmentSlots {

    /** The form's name, kept in the {@code form} slot while a booking is in progress. */
    public static final String FORM = "appointment";

    /** The knowledge base id of the procedure the appointment is for. */
    public static final String PROCEDURE = "appointment_procedure";

    /** The office directory id of the office. */
    public static final String OFFICE = "appointment_office";

    /** The day the citizen would like (yyyy-mm-dd), when they said one. */
    public static final String DAY = "appointment_day";

    /** The time of day the citizen would like (HH:mm), when they said one. */
    public static final String HOUR = "appointment_hour";

    /** The chosen free time, ISO-8601 with offset. */
    public static final String START = "appointment_start";

    /** The name to book under. */
    public static final String NAME = "appointment_name";

    /** The phone for the reminder ({@code +34...}), or {@value #IN_CHAT} for a reminder in the conversation. */
    public static final String PHONE = "appointment_phone";

    public static final String IN_CHAT = "chat";

    /** The appointment being moved while the bot offers new times. */
    public static final String MOVING = "appointment_moving";

    /** The appointment the bot asked "¿La anulo?" about, until the citizen answers. */
    public static final String CANCELLING = "appointment_cancelling";

    static final List<String> BOOKING = List.of(PROCEDURE, OFFICE, DAY, HOUR, START, NAME, PHONE);

    /** The payload of the greeting menu's (and the handoff offer's) "Pedir cita" option. */
    public static final String MENU_BOOK = "menu:cita";

    static final String PICK_PROCEDURE = "appointment:procedure:";
    static final String PICK_OFFICE = "appointment:office:";
    static final String PICK_START = "appointment:start:";
    static final String REMIND_IN_CHAT = "appointment:phone:chat";
    static final String CANCEL = "appointment:cancel:";
    static final String WHICH_TO_CANCEL = "appointment:cancel-which:";
    static final String KEEP = "appointment:keep";
    static final String MOVE = "appointment:move:";
    static final String WHICH_TO_MOVE = "appointment:move-which:";

    private AppointmentSlots() {}
}
