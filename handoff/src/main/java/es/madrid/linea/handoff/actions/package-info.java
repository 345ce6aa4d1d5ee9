/**
 * What an agent does for the citizen from the console: file an alert in the council's alerts system and book an
 * office appointment with its reminder. Forms start from what the citizen already said (read from the conversation
 * log), the agent corrects them, and the result is recorded in the conversation ({@code ActionExecuted} with {@code
 * agent:<name>}) with a message that reaches the citizen on their channel. Meets the other modules only through
 * bot-core ports ({@code AlertsDesk}, {@code RemindedAppointmentBook}, {@code Notifications}, {@code OfficeDirectory},
 * {@code KnowledgeBase}); back-office calls run off the desk's thread, so a slow system never holds up routing.
 */
package es.madrid.linea.handoff.actions;
