package es.madrid.linea.bot.nlu;

import java.util.List;

/** The intent names the parse API reports: stable, because evaluation sets and other systems use them. */
public final class Intents {
    public static final String GREET = "greet";
    public static final String GOODBYE = "goodbye";
    public static final String THANKS = "thanks";
    public static final String HELP = "help";
    public static final String AFFIRM = "affirm";
    public static final String DENY = "deny";
    public static final String PROCEDURE_INFO = "procedure_info";
    public static final String REPORT_INCIDENT = "report_incident";
    public static final String INCIDENT_STATUS = "incident_status";
    public static final String BOOK_APPOINTMENT = "book_appointment";
    public static final String CANCEL_APPOINTMENT = "cancel_appointment";
    public static final String RESCHEDULE_APPOINTMENT = "reschedule_appointment";
    public static final String APPOINTMENT_STATUS = "appointment_status";
    public static final String FIND_OFFICE = "find_office";
    public static final String TALK_TO_AGENT = "talk_to_agent";
    public static final String COMPLAINT = "complaint";
    public static final String OUT_OF_SCOPE = "out_of_scope";

    public static final List<String> ALL = List.of(
            GREET,
            GOODBYE,
            THANKS,
            HELP,
            AFFIRM,
            DENY,
            PROCEDURE_INFO,
            REPORT_INCIDENT,
            INCIDENT_STATUS,
            BOOK_APPOINTMENT,
            CANCEL_APPOINTMENT,
            RESCHEDULE_APPOINTMENT,
            APPOINTMENT_STATUS,
            FIND_OFFICE,
            TALK_TO_AGENT,
            COMPLAINT,
            OUT_OF_SCOPE);

    private Intents() {}
}
