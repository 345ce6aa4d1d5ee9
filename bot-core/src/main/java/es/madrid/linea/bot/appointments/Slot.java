package es.madrid.linea.bot.appointments;

import java.time.ZonedDateTime;

/** A free time for one appointment of a service at an office. */
public record Slot(String officeId, String serviceId, ZonedDateTime start, ZonedDateTime end) {}
