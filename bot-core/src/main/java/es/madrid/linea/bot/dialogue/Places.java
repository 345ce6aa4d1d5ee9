package es.madrid.linea.bot.dialogue;

import es.madrid.linea.bot.geo.CityMap;
import es.madrid.linea.bot.geo.GeoPoint;
import es.madrid.linea.bot.offices.District;
import es.madrid.linea.bot.offices.OfficeDirectory;
import java.util.Optional;

/**
 * Where a citizen's words or shared location are: the point of a street address (the street gazetteer) and the
 * district of a point (the district polygons), named as the office directory names districts.
 */
public final class Places {

    /** A place as the dialogue keeps it; any part may be null (an unknown street has no point). */
    public record Place(String address, GeoPoint point, String district) {}

    private final CityMap map;
    private final OfficeDirectory offices;

    public Places(CityMap map, OfficeDirectory offices) {
        this.map = map;
        this.offices = offices;
    }

    public Place ofAddress(String address) {
        GeoPoint point = map.locate(address).orElse(null);
        return new Place(
                address, point, point == null ? null : districtAt(point).orElse(null));
    }

    public Place ofPoint(GeoPoint point) {
        return new Place(null, point, districtAt(point).orElse(null));
    }

    /** The official name of the district at this point; empty outside Madrid. */
    public Optional<String> districtAt(GeoPoint point) {
        return map.districtCodeAt(point)
                .flatMap(code -> offices.districts().stream()
                        .filter(d -> d.code() == code)
                        .map(District::name)
                        .findFirst());
    }

    public OfficeDirectory offices() {
        return offices;
    }
}
