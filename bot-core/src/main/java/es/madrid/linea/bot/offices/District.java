package es.madrid.linea.bot.offices;

import java.util.List;

/**
 * One of Madrid's 21 districts.
 *
 * @param name the official name with accents ("San Blas-Canillejas")
 * @param aliases other names citizens use ("San Blas", "Canillejas")
 * @param referenceOffice the id of the Línea Madrid office that serves it
 * @param postcodes postcodes seen in the district (postcodes do not follow district borders)
 */
public record District(
        int code,
        String name,
        List<String> aliases,
        List<String> barrios,
        String referenceOffice,
        List<String> postcodes) {

    public District {
        aliases = List.copyOf(aliases);
        barrios = List.copyOf(barrios);
        postcodes = List.copyOf(postcodes);
    }
}
