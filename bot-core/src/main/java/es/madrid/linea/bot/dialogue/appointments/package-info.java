/**
 * Almudena's appointments in the conversation: {@link es.madrid.linea.bot.dialogue.appointments.AppointmentForm}
 * books one (which procedure, which office, which time, name and reminder phone, confirm, book with its reminder),
 * and small policies answer "when is my appointment", cancel one (after confirming) and move one (offering new
 * times). {@link es.madrid.linea.bot.dialogue.appointments.AppointmentDialogue} builds them all for the dialogue's
 * policy list. Everything the bot needs between messages lives in slots or in the options it offered, so a
 * conversation resumes after a restart.
 */
package es.madrid.linea.bot.dialogue.appointments;
