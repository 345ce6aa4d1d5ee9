package es.madrid.linea.bot.dialogue.appointments;

import es.madrid.linea.bot.appointments.AppointmentBook;
import es.madrid.linea.bot.backoffice.Outcome;
import es.madrid.linea.bot.dialogue.Turn;
import es.madrid.linea.bot.geo.CityMap;
import es.madrid.linea.bot.geo.GeoPoint;
import es.madrid.linea.bot.offices.District;
import es.madrid.linea.bot.offices.Office;
import es.madrid.linea.bot.offices.OfficeDirectory;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Which office to book at: the reference office of the citizen's district (said by name, or by postcode, or found
 * from an address), the nearest to a shared location, or the one they picked. When that office does not book the
 * procedure's service, the nearest one that does.
 */
final class OfficeChooser {

    private final OfficeDirectory directory;
    private final AppointmentBook book;
    private final CityMap map;

    /** @param map finds the place of an address; null to go by district and postcode only */
    OfficeChooser(OfficeDirectory directory, AppointmentBook book, CityMap map) {
        this.directory = directory;
        this.book = book;
        this.map = map;
    }

    Optional<Office> office(String id) {
        return id == null ? Optional.empty() : directory.office(id);
    }

    /** The office the message points to (by district, postcode, address or location), before looking at services. */
    Optional<Office> pointedTo(Turn turn) {
        Optional<Office> byLocation = turn.location().flatMap(this::nearestWithAppointments);
        if (byLocation.isPresent()) {
            return byLocation;
        }
        Optional<Office> byPostcode = turn.entity("postcode").flatMap(this::byPostcode);
        if (byPostcode.isPresent()) {
            return byPostcode;
        }
        Optional<Office> byDistrict = turn.entity("district").flatMap(directory::referenceOffice);
        if (byDistrict.isPresent()) {
            return byDistrict;
        }
        if (map != null) {
            return turn.entity("address").flatMap(map::locate).flatMap(this::nearestWithAppointments);
        }
        return Optional.empty();
    }

    /**
     * The office itself when it books the service, else the nearest that does; empty when no office books it or the
     * system does not answer.
     */
    Optional<Office> forService(Office wanted, String serviceId) {
        List<Office> offering = offering(serviceId).valueIfDone().orElse(List.of());
        if (offering.stream().anyMatch(o -> o.id().equals(wanted.id()))) {
            return Optional.of(wanted);
        }
        return nearestTo(wanted, offering).stream().findFirst();
    }

    /** The offices that book a service, as the office directory knows them. */
    Outcome<List<Office>> offering(String serviceId) {
        return book.offices(serviceId)
                .map(ids -> ids.stream()
                        .map(directory::office)
                        .flatMap(Optional::stream)
                        .toList());
    }

    /** The offices nearest to one, nearest first (the office itself excluded; unknown places last). */
    static List<Office> nearestTo(Office from, List<Office> candidates) {
        return candidates.stream()
                .filter(o -> !o.id().equals(from.id()))
                .sorted(Comparator.comparingDouble(o -> distance(from.location(), o.location())))
                .toList();
    }

    private static double distance(GeoPoint a, GeoPoint b) {
        return a == null || b == null ? Double.MAX_VALUE : a.distanceMetres(b);
    }

    private Optional<Office> nearestWithAppointments(GeoPoint point) {
        return directory.nearest(point, 50).stream()
                .filter(Office::appointments)
                .findFirst();
    }

    private Optional<Office> byPostcode(String postcode) {
        Optional<Office> there = directory.withPostcode(postcode).stream()
                .filter(Office::appointments)
                .findFirst();
        if (there.isPresent()) {
            return there;
        }
        return directory.districts().stream()
                .filter(d -> d.postcodes().contains(postcode))
                .map(District::referenceOffice)
                .map(directory::office)
                .flatMap(Optional::stream)
                .findFirst();
    }
}
