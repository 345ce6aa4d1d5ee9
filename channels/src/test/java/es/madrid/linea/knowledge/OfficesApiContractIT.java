package es.madrid.linea.knowledge;

import static org.hamcrest.Matchers.aMapWithSize;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code GET /api/v1/offices} as the shared API contract says. */
class OfficesApiContractIT extends KnowledgeApplicationIT {

    @Test
    void everyOfficeIsListedWithExactlyTheContractFields() throws Exception {
        mvc.perform(get("/api/v1/offices"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(greaterThanOrEqualTo(26))))
                .andExpect(jsonPath("$[0]", aMapWithSize(8)))
                .andExpect(jsonPath("$[0].id").value("oac-arganzuela"))
                .andExpect(jsonPath("$[0].name").value("Línea Madrid Arganzuela"))
                .andExpect(jsonPath("$[0].address").value("Paseo de la Chopera, 10"))
                .andExpect(jsonPath("$[0].postcode").value("28045"))
                .andExpect(jsonPath("$[0].district").value("Arganzuela"))
                .andExpect(jsonPath("$[0].lat").value(40.393073))
                .andExpect(jsonPath("$[0].lon").value(-3.699006))
                .andExpect(jsonPath("$[0].hours").isString());
    }

    @Test
    void nearAPointTheNearestOfficeComesFirst() throws Exception {
        // Paseo de la Chopera: the Arganzuela office is a few metres away.
        mvc.perform(get("/api/v1/offices").param("near", "40.3931,-3.6990"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].id").value("oac-arganzuela"));
        // Glorieta de Quevedo, in Chamberí.
        mvc.perform(get("/api/v1/offices").param("near", " 40.4326 , -3.7036 "))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].id").value("oac-chamberi"));
    }

    @Test
    void aDistrictByNameOrAliasGivesItsOffices() throws Exception {
        mvc.perform(get("/api/v1/offices").param("district", "fuencarral"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].district", everyItem(is("Fuencarral-El Pardo"))))
                .andExpect(jsonPath("$[*].id", hasItem("oac-fuencarral-el-pardo")));
        mvc.perform(get("/api/v1/offices").param("district", "Chamberi").param("near", "40.43,-3.70"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].id").value("oac-chamberi"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"40.4", "norte,sur", "91,0", "40.4,-3.7,1", "NaN,0", ""})
    void aBadPointIsA400(String near) throws Exception {
        mvc.perform(get("/api/v1/offices").param("near", near))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("invalid_near"));
    }

    @Test
    void anUnknownDistrictIsA400() throws Exception {
        mvc.perform(get("/api/v1/offices").param("district", "Narnia"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("unknown_district"));
    }
}
