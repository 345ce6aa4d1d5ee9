package es.madrid.linea.bot.appointments;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rules of an embedded calendar, without its storage: which services are booked where, the grid of slots each
 * office's hours give a service (slots follow one another from opening time and end by closing time; closed days
 * have none), which times can still be booked, and how free slots are chosen. Immutable.
 */
public final class OfficeCalendar {

    private final Map<String, OfficeSchedule> schedules = new LinkedHashMap<>();
    private final Map<String, CalendarService> services = new LinkedHashMap<>();
    private final PublicHolidays holidays;
    private final ZoneId zone;
    private final Duration minimumNotice;

    /**
     * @param minimumNotice how long before it starts a slot can still be booked (nobody crosses the city in five
     *     minutes)
     */
    public OfficeCalendar(
            List<OfficeSchedule> schedules,
            List<CalendarService> services,
            PublicHolidays holidays,
            ZoneId zone,
            Duration minimumNotice) {
        schedules.forEach(schedule -> this.schedules.put(schedule.officeId(), schedule));
        services.forEach(service -> this.services.put(service.id(), service));
        this.holidays = holidays;
        this.zone = zone;
        this.minimumNotice = minimumNotice;
    }

    public ZoneId zone() {
        return zone;
    }

    public List<BookableService> services() {
        return services.values().stream().map(CalendarService::bookable).toList();
    }

    public Optional<CalendarService> service(String id) {
        return Optional.ofNullable(services.get(id));
    }

    /** The offices where a service can be booked: those it names that have known hours. */
    public List<String> officesOf(CalendarService service) {
        return service.officeIds().stream().filter(this::hasHours).toList();
    }

    public boolean offers(String officeId, CalendarService service) {
        return service.officeIds().contains(officeId) && hasHours(officeId);
    }

    /** The starts of the service's slots at an office in {@code [from, to)}, in order, booked or not. */
    public List<ZonedDateTime> slotStarts(
            String officeId, CalendarService service, ZonedDateTime from, ZonedDateTime to) {
        OfficeSchedule schedule = schedules.get(officeId);
        List<ZonedDateTime> starts = new ArrayList<>();
        if (schedule == null || !to.isAfter(from)) {
            return starts;
        }
        long step = service.slotLength().toSeconds();
        LocalDate last = to.withZoneSameInstant(zone).toLocalDate();
        for (LocalDate date = from.withZoneSameInstant(zone).toLocalDate();
                !date.isAfter(last);
                date = date.plusDays(1)) {
            for (WeeklyOpening span : schedule.openingOn(date, holidays)) {
                long close = span.to().toSecondOfDay();
                for (long second = span.from().toSecondOfDay(); second + step <= close; second += step) {
                    ZonedDateTime start = date.atStartOfDay(zone).plusSeconds(second);
                    if (!start.isBefore(from) && start.isBefore(to)) {
                        starts.add(start);
                    }
                }
            }
        }
        return starts;
    }

    /** The earliest a slot may start when booking at {@code now}. */
    public Instant earliestStart(Instant now) {
        return now.plus(minimumNotice);
    }

    /** Why a booking at this time cannot be made (besides the slot being full); empty when it can. */
    public Optional<String> whyNotBookable(String officeId, CalendarService service, ZonedDateTime start, Instant now) {
        if (!offers(officeId, service)) {
            return Optional.of("office " + officeId + " does not book " + service.id());
        }
        if (start.toInstant().isBefore(earliestStart(now))) {
            return Optional.of("the time has passed or is too close to book");
        }
        ZonedDateTime local = start.withZoneSameInstant(zone);
        if (!slotStarts(officeId, service, local, local.plusSeconds(1)).contains(local)) {
            return Optional.of("the office offers no slot at " + local);
        }
        return Optional.empty();
    }

    /**
     * The free slots a query asks for, given how many places are taken at each start ({@code booked}, by instant):
     * not before the earliest start, earliest first or nearest to the preferred time, at most {@code query.limit()}.
     */
    public List<Slot> freeSlots(SlotQuery query, CalendarService service, Instant now, Map<Instant, Integer> booked) {
        ZonedDateTime earliest = earliestStart(now).atZone(zone);
        ZonedDateTime from = query.from().isBefore(earliest) ? earliest : query.from();
        Comparator<ZonedDateTime> order = query.preferred() == null
                ? Comparator.naturalOrder()
                : Comparator.<ZonedDateTime>comparingLong(start -> Math.abs(
                                Duration.between(query.preferred(), start).toSeconds()))
                        .thenComparing(Comparator.naturalOrder());
        return slotStarts(query.officeId(), service, from, query.to()).stream()
                .filter(start -> booked.getOrDefault(start.toInstant(), 0) < service.capacity())
                .sorted(order)
                .limit(query.limit())
                .map(start -> new Slot(query.officeId(), service.id(), start, start.plus(service.slotLength())))
                .toList();
    }

    private boolean hasHours(String officeId) {
        OfficeSchedule schedule = schedules.get(officeId);
        return schedule != null && schedule.hasHours();
    }
}
