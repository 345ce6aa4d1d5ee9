package es.madrid.linea.backoffice.appointments;

import es.madrid.linea.bot.appointments.ClosedDays;
import es.madrid.linea.bot.appointments.OfficeSchedule;
import es.madrid.linea.bot.appointments.WeeklyOpening;
import es.madrid.linea.bot.offices.Office;
import es.madrid.linea.bot.offices.OfficeDirectory;
import es.madrid.linea.bot.offices.OfficeType;
import es.madrid.linea.bot.offices.OpeningHours;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The offices' hours for the embedded calendar, taken from the knowledge base's {@link OfficeDirectory} (which reads
 * kb-content/offices/offices.yml: {@code opening}, {@code summer_opening}, {@code closed}), so the calendar and the
 * office answers never disagree and the office format is parsed in one place only.
 */
final class DirectorySchedules {

    private static final Logger log = LoggerFactory.getLogger(DirectorySchedules.class);

    private static final Set<OfficeType> LINEA_MADRID_TYPES = EnumSet.of(OfficeType.OAC, OfficeType.OAC_AUXILIAR);

    private DirectorySchedules() {}

    /** Every office's schedule, and Línea Madrid's own offices that give appointments. */
    static OfficeSchedules of(OfficeDirectory directory) {
        List<OfficeSchedule> schedules = new ArrayList<>();
        Set<String> lineaMadrid = new HashSet<>();
        for (Office office : directory.offices()) {
            ClosedDays closed = ClosedDays.fromNotes(office.closed());
            if (!closed.unrecognised().isEmpty()) {
                log.warn("office {}: closed days not understood, ignored: {}", office.id(), closed.unrecognised());
            }
            schedules.add(
                    new OfficeSchedule(office.id(), weekly(office.opening()), weekly(office.summerOpening()), closed));
            if (LINEA_MADRID_TYPES.contains(office.type()) && office.appointments()) {
                lineaMadrid.add(office.id());
            }
        }
        return new OfficeSchedules(schedules, lineaMadrid);
    }

    private static List<WeeklyOpening> weekly(List<OpeningHours> hours) {
        return hours.stream()
                .map(span -> new WeeklyOpening(days(span.days()), span.from(), span.to()))
                .toList();
    }

    private static Set<DayOfWeek> days(OpeningHours.Days days) {
        Set<DayOfWeek> included = EnumSet.noneOf(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            if (days.includes(day)) {
                included.add(day);
            }
        }
        return included;
    }
}
