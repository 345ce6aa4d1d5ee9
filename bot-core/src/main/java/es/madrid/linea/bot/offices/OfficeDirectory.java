package es.madrid.linea.bot.offices;

import es.madrid.linea.bot.geo.GeoPoint;
import java.util.List;
import java.util.Optional;

/** Port: the offices and districts, to tell a citizen where to go. */
public interface OfficeDirectory {

    /** Every office, in the order of the content. */
    List<Office> offices();

    Optional<Office> office(String id);

    /** The 21 districts by code. */
    List<District> districts();

    /**
     * The district with this official name or alias, in any case, with or without accents or hyphens: "vallecas",
     * "Fuencarral", "san blas canillejas".
     */
    Optional<District> district(String nameOrAlias);

    /** The offices in a district (by name or alias); empty when the district is unknown. */
    List<Office> inDistrict(String nameOrAlias);

    /** The offices whose address has this postcode. */
    List<Office> withPostcode(String postcode);

    /** The offices with known coordinates, nearest first, at most {@code limit}. */
    List<Office> nearest(GeoPoint point, int limit);

    /** The Línea Madrid office that serves a district (by name or alias). */
    Optional<Office> referenceOffice(String districtNameOrAlias);
}
