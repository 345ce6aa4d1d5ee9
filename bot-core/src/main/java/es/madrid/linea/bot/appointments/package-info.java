/**
 * Office appointments (cita previa): the {@link es.madrid.linea.bot.appointments.AppointmentBook} port through which
 * the bot finds free times, books, cancels and moves appointments, and the calendar the embedded implementations
 * share: offices' opening hours ({@link es.madrid.linea.bot.appointments.OfficeSchedule}), the services booked there
 * with their slot length and capacity, public holidays, and {@link
 * es.madrid.linea.bot.appointments.CalendarAppointmentBook}, whose storage is a small port ({@link
 * es.madrid.linea.bot.appointments.CalendarStore}) kept in memory for tests and in the database by the application.
 * Depends on {@code backoffice} (outcomes) and {@code conversation} (ids).
 */
package es.madrid.linea.bot.appointments;
