package es.madrid.linea.knowledge.offices;

import es.madrid.linea.bot.offices.Office;

/**
 * An office as {@code GET /api/v1/offices} shows it.
 *
 * @param lat null when the content does not know where it is (as {@code lon})
 */
public record OfficeView(
        String id,
        String name,
        String address,
        String postcode,
        String district,
        Double lat,
        Double lon,
        String hours) {

    static OfficeView of(Office office) {
        return new OfficeView(
                office.id(),
                office.name(),
                office.address(),
                office.postcode(),
                office.district(),
                office.place().map(p -> p.lat()).orElse(null),
                office.place().map(p -> p.lon()).orElse(null),
                office.hours());
    }
}
