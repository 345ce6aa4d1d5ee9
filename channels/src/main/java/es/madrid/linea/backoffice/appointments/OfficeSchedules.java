package es.madrid.linea.backoffice.appointments;

import es.madrid.linea.bot.appointments.OfficeSchedule;
import java.util.List;
import java.util.Set;

/**
 * The offices' schedules, and which offices are Línea Madrid's own that give appointments (the {@code linea-madrid}
 * group of the services file).
 */
record OfficeSchedules(List<OfficeSchedule> schedules, Set<String> lineaMadrid) {

    OfficeSchedules {
        schedules = List.copyOf(schedules);
        lineaMadrid = Set.copyOf(lineaMadrid);
    }

    boolean knows(String officeId) {
        return schedules.stream().anyMatch(schedule -> schedule.officeId().equals(officeId));
    }
}
