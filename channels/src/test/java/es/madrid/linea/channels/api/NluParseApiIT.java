package es.madrid.linea.channels.api;

import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** {@code POST /api/v1/nlu/parse} as API.md describes it, and its answers to bad input. */
@SpringBootTest
@AutoConfigureMockMvc
class NluParseApiIT {

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) throws IOException {
        String dir = Files.createTempDirectory("cibeles-nlu-it").toString();
        registry.add("cibeles.data-dir", () -> dir);
    }

    @Autowired
    MockMvc mvc;

    private ResultActions parse(String json) throws Exception {
        return mvc.perform(post("/api/v1/nlu/parse")
                .contentType(MediaType.APPLICATION_JSON)
                .content(json));
    }

    @Test
    void anIncidentReportGivesIntentRankingEntitiesAndCategories() throws Exception {
        parse("""
                        {"text": "Hay una farola apagada en c/ alcala, 102 desde el martes",
                         "referenceTime": "2026-11-29T10:00:00+01:00"}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.intent.name").value("report_incident"))
                .andExpect(jsonPath("$.intent.confidence").isNumber())
                .andExpect(jsonPath("$.ranking[0].name").value("report_incident"))
                .andExpect(jsonPath("$.ranking", hasSize(17)))
                .andExpect(jsonPath("$.entities[0].type").value("address"))
                .andExpect(jsonPath("$.entities[0].value").value("Calle Alcala 102"))
                .andExpect(jsonPath("$.entities[0].text").value("c/ alcala, 102"))
                .andExpect(jsonPath("$.entities[0].start").value(26))
                .andExpect(jsonPath("$.entities[0].end").value(40))
                .andExpect(jsonPath("$.entities[1].type").value("date"))
                .andExpect(jsonPath("$.entities[1].value").value("2026-12-01"))
                .andExpect(jsonPath("$.incidentCategories", hasSize(greaterThanOrEqualTo(3))))
                .andExpect(jsonPath("$.incidentCategories[0].serviceId").isString())
                .andExpect(jsonPath("$.incidentCategories[0].name").isString())
                .andExpect(jsonPath("$.incidentCategories[0].confidence").isNumber());
    }

    @Test
    void relativeDatesFollowTheReferenceTime() throws Exception {
        parse(
                        "{\"text\": \"¿hay cita para mañana a las diez y media?\", \"referenceTime\": \"2026-12-31T09:00:00+01:00\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.entities[0].value").value("2027-01-01"))
                .andExpect(jsonPath("$.entities[1].value").value("10:30"));
    }

    @Test
    void withoutReferenceTimeNowIsUsed() throws Exception {
        parse("{\"text\": \"hola\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.intent.name").value("greet"))
                .andExpect(jsonPath("$.intent.confidence", closeTo(0.5, 0.5)))
                .andExpect(jsonPath("$.incidentCategories", hasSize(0)));
    }

    @Test
    void emptyTextIsABadRequest() throws Exception {
        parse("{\"text\": \"   \"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("empty_text"));
        parse("{}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("empty_text"));
    }

    @Test
    void textOverTwoThousandCharactersIsABadRequest() throws Exception {
        parse("{\"text\": \"" + "a".repeat(2001) + "\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("text_too_long"))
                .andExpect(jsonPath("$.message").isString());
    }

    @Test
    void aReferenceTimeThatIsNotIsoIsABadRequest() throws Exception {
        parse("{\"text\": \"mañana\", \"referenceTime\": \"mañana a las 10\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("invalid_reference_time"));
    }

    @Test
    void malformedJsonAndUnknownFieldsAreBadRequests() throws Exception {
        parse("{\"text\": ")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("malformed_json"));
        parse("{\"text\": \"hola\", \"lang\": \"es\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("unknown_field"));
    }
}
