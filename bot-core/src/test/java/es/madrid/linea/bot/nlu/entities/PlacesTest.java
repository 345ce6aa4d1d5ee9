package es.madrid.linea.bot.nlu.entities;

import static es.madrid.linea.bot.nlu.entities.Extraction.described;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Addresses, postcodes and districts (spec section 5). */
class PlacesTest {

    @Test
    void addressesWithAbbreviatedStreetTypes() {
        assertThat(described("hay un bache enorme en c/ alcala, 102"))
                .containsExactly("address:Calle Alcala 102[c/ alcala, 102]");
        assertThat(described("la farola de la calle de Alcalá nº 102 no funciona"))
                .containsExactly("address:Calle de Alcalá 102[calle de Alcalá nº 102]");
        assertThat(described("en pº de la castellana 200"))
                .containsExactly("address:Paseo de la Castellana 200[pº de la castellana 200]");
        assertThat(described("pl. de españa 3")).containsExactly("address:Plaza de España 3[pl. de españa 3]");
        assertThat(described("ctra. de canillas 40"))
                .containsExactly("address:Carretera de Canillas 40[ctra. de canillas 40]");
        assertThat(described("avda. de america 10"))
                .containsExactly("address:Avenida de America 10[avda. de america 10]");
        assertThat(described("travesía del conde duque 3"))
                .containsExactly("address:Travesía del Conde Duque 3[travesía del conde duque 3]");
    }

    @Test
    void aStreetWithoutNumberIsStillAnAddress() {
        assertThat(described("la calle toledo está sin barrer")).containsExactly("address:Calle Toledo[calle toledo]");
        assertThat(described("hay un coche abandonado en la cuesta de moyano"))
                .containsExactly("address:Cuesta de Moyano[cuesta de moyano]");
    }

    @Test
    void everydayWordsThatAreAlsoStreetTypesAreNotAddresses() {
        assertThat(described("¿cuánto cuesta el volante?")).isEmpty();
        assertThat(described("han hecho un grafiti en la puerta del colegio")).isEmpty();
        assertThat(described("hay basura en la vía pública")).isEmpty();
        assertThat(described("hay una farola fundida en mi calle")).isEmpty();
        assertThat(described("me cuesta encontrarlo")).isEmpty();
    }

    @Test
    void theFloorAndDoorAreNotPartOfTheAddress() {
        assertThat(described("vivo en calle del Pez 12, 3º B"))
                .containsExactly("address:Calle del Pez 12[calle del Pez 12]");
    }

    @Test
    void postcodesAreFiveDigitsStartingWith28() {
        assertThat(described("cp 28045")).containsExactly("postcode:28045[28045]");
        assertThat(described("C.P.: 28012")).containsExactly("postcode:28012[28012]");
        assertThat(described("código postal 08001, Barcelona")).isEmpty();
        assertThat(described("el código 280451 no sé qué es")).isEmpty();
    }

    @Test
    void districtsByNameOrAliasWithOrWithoutAccents() {
        assertThat(described("vivo en tetuan")).containsExactly("district:Tetuán[tetuan]");
        assertThat(described("soy de vallecas")).containsExactly("district:Puente de Vallecas[vallecas]");
        assertThat(described("vivo en villa de vallecas"))
                .containsExactly("district:Villa de Vallecas[villa de vallecas]");
        assertThat(described("oficina en fuencarral?")).containsExactly("district:Fuencarral-El Pardo[fuencarral]");
        assertThat(described("soy de san blas")).containsExactly("district:San Blas-Canillejas[san blas]");
        assertThat(described("DISTRITO CHAMARTIN")).containsExactly("district:Chamartín[CHAMARTIN]");
        assertThat(described("vivo en el distrito Centro")).containsExactly("district:Centro[Centro]");
    }

    @Test
    void districtNamesInsideStreetsAndParksAreNotDistricts() {
        assertThat(described("vivo en la calle Fuencarral 23"))
                .containsExactly("address:Calle Fuencarral 23[calle Fuencarral 23]");
        assertThat(described("se ha caído una rama en el Parque del Retiro")).isEmpty();
        assertThat(described("voy al centro de salud")).isEmpty();
    }
}
