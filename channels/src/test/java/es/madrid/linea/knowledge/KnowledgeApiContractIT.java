package es.madrid.linea.knowledge;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code GET /api/v1/kb/search} and {@code GET /api/v1/kb/procedures/{id}} as the shared API contract says. */
class KnowledgeApiContractIT extends KnowledgeApplicationIT {

    @Test
    void searchAnswersHitsWithIdTitleScoreSnippetAndRevisionBestFirst() throws Exception {
        mvc.perform(get("/api/v1/kb/search").param("q", "¿Qué necesito para empadronarme?"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.hits", hasSize(5)))
                .andExpect(jsonPath("$.hits[0].id").value("empadronamiento-alta"))
                .andExpect(jsonPath("$.hits[0].title").value("Alta en el Padrón (empadronarse)"))
                .andExpect(jsonPath("$.hits[0].score", greaterThan(0.5)))
                .andExpect(jsonPath("$.hits[0].snippet", containsString("<mark>")))
                .andExpect(jsonPath("$.hits[0].revision").value(1))
                .andExpect(jsonPath("$.hits[*].score", everyItem(lessThanOrEqualTo(1.0))));
    }

    @Test
    void searchTakesALimitAndCategories() throws Exception {
        mvc.perform(get("/api/v1/kb/search").param("q", "pagar").param("limit", "2"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.hits", hasSize(2)));
        mvc.perform(get("/api/v1/kb/search")
                        .param("q", "pagar")
                        .param("category", "multas")
                        .param("limit", "20"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.hits[*].id", everyItem(containsString("multas"))));
    }

    @Test
    void badSearchParametersAreA400InTheApiErrorFormat() throws Exception {
        mvc.perform(get("/api/v1/kb/search"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("missing_query"))
                .andExpect(jsonPath("$.message", containsString("?q=")));
        mvc.perform(get("/api/v1/kb/search").param("q", "ibi").param("limit", "0"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("invalid_limit"));
        mvc.perform(get("/api/v1/kb/search").param("q", "ibi").param("limit", "muchos"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("invalid_limit"));
        mvc.perform(get("/api/v1/kb/search").param("q", "ibi").param("category", "comida"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("invalid_category"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"*:*", "\"(((", "\u0000", "'; DROP TABLE kb_revision; --", "title:ibi OR body:*", "{a TO z}"})
    void hostileQuestionsGetHitsOrNoneNeverAnError(String q) throws Exception {
        mvc.perform(get("/api/v1/kb/search").param("q", q))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.hits").isArray());
    }

    @Test
    void tenThousandCharactersAreSearchedNotRefused() throws Exception {
        mvc.perform(get("/api/v1/kb/search").param("q", "empadronamiento ".repeat(700)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.hits[0].id", containsString("padron")));
    }

    @Test
    void aPublishedProcedureIsReadWithItsFieldsSectionsBodyAndRevision() throws Exception {
        mvc.perform(get("/api/v1/kb/procedures/ibi-pago"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value("ibi-pago"))
                .andExpect(jsonPath("$.revision").value(1))
                .andExpect(jsonPath("$.title").value("Pagar el IBI (la contribución)"))
                .andExpect(jsonPath("$.category").value("tributos"))
                .andExpect(jsonPath("$.officialUrl", containsString("madrid.es")))
                .andExpect(jsonPath("$.needsAppointment").value("not_required"))
                .andExpect(jsonPath("$.synonyms", not(hasSize(0))))
                .andExpect(jsonPath("$.sections[0].key").value("what"))
                .andExpect(jsonPath("$.sections[0].heading").value("Qué es"))
                .andExpect(jsonPath("$.body", containsString("## Cómo y dónde")))
                .andExpect(jsonPath("$.lastReviewed").value("2026-11-29"));
    }

    @Test
    void anUnknownProcedureIsA404() throws Exception {
        mvc.perform(get("/api/v1/kb/procedures/no-existe"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.error").value("procedure_not_found"));
    }

    @Test
    void draftsHistoryAndRevisionsAreNotPublic() throws Exception {
        mvc.perform(get("/api/v1/kb/procedures/ibi-pago/history")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/kb/procedures/ibi-pago/revisions/1")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/kb/procedures")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/kb/procedures/ibi-pago/history").header("Authorization", basic("agent")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/kb/procedures/ibi-pago/history").header("Authorization", basic("editor")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.published").value(is(1)))
                .andExpect(jsonPath("$.draft", nullValue()))
                .andExpect(jsonPath("$.entries[0].action").value("imported"))
                .andExpect(jsonPath("$.entries[0].by").value("kb-content"));
    }
}
