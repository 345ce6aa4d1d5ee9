package es.madrid.linea.bot.offices;

import es.madrid.linea.bot.geo.GeoPoint;
import java.util.List;
import java.util.Optional;

/**
 * An office where citizens are attended.
 *
 * @param district the official district name with accents ("Fuencarral-El Pardo"), or null when unknown
 * @param districtCode 1 to 21, or null when unknown
 * @param location the coordinates, or null when unknown
 * @param hours one Spanish sentence for citizens
 * @param opening the regular weekly opening; {@code summerOpening} replaces it in July and August (empty: no change)
 * @param closed Spanish notes of when it is closed ("sábados", "24 y 31 de diciembre")
 * @param appointments whether cita previa is booked there
 */
public record Office(
        String id,
        String name,
        String officialName,
        OfficeType type,
        String district,
        Integer districtCode,
        String barrio,
        String address,
        String postcode,
        GeoPoint location,
        String phone,
        String hours,
        List<OpeningHours> opening,
        List<OpeningHours> summerOpening,
        List<String> closed,
        List<String> languages,
        List<String> accessibility,
        List<String> services,
        boolean appointments,
        String infoUrl) {

    public Office {
        opening = List.copyOf(opening);
        summerOpening = List.copyOf(summerOpening);
        closed = List.copyOf(closed);
        languages = List.copyOf(languages);
        accessibility = List.copyOf(accessibility);
        services = List.copyOf(services);
    }

    public Optional<GeoPoint> place() {
        return Optional.ofNullable(location);
    }
}
