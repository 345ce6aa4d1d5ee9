/**
 * The appointment system behind {@code AppointmentBook}: by default the embedded calendar (bot-core's {@code
 * CalendarAppointmentBook} over {@link es.madrid.linea.backoffice.appointments.JdbcCalendarStore}), with the offices'
 * hours read from kb-content/offices/offices.yml by {@link es.madrid.linea.backoffice.appointments.OfficeScheduleFile}
 * and the services, slot lengths and desks of {@code backoffice/appointment-services.yml}; or, with {@code
 * cibeles.appointments.system=qmatic}, a Qmatic appointment system through {@link
 * es.madrid.linea.backoffice.appointments.QmaticClient}, its orders kept and retried by {@link
 * es.madrid.linea.backoffice.appointments.KeptAppointmentBook}. Either way wrapped so reminders follow the
 * appointments. Also {@code GET /api/v1/appointments/{id}}.
 */
package es.madrid.linea.backoffice.appointments;
