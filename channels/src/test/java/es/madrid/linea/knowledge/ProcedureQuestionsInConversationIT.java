package es.madrid.linea.knowledge;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

/**
 * A citizen asks the chat about a procedure: the answer is the part they asked for, the official link follows, and
 * the conversation records which procedure and revision it relied on.
 */
class ProcedureQuestionsInConversationIT extends KnowledgeApplicationIT {

    @Test
    void almudenaAsksWhatToBringToRegisterAndGetsTheDocumentsTheLinkAndAKnowledgeEvent() throws Exception {
        String id = start();

        ask(id, "¿Qué documentos necesito para empadronarme?")
                .andExpect(jsonPath("$.replies[0].type").value("text"))
                .andExpect(jsonPath("$.replies[0].text", containsString("Alta en el Padrón")))
                .andExpect(jsonPath("$.replies[0].text", containsString("Documentación")))
                .andExpect(jsonPath("$.replies[1].type").value("link"))
                .andExpect(jsonPath("$.replies[1].url", containsString("madrid.es")));

        mvc.perform(get("/api/v1/conversations/" + id))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.events[?(@.type == 'knowledge')]", hasSize(1)))
                .andExpect(jsonPath("$.events[?(@.type == 'knowledge')].procedures[0].id")
                        .value(contains("empadronamiento-alta")))
                .andExpect(jsonPath("$.events[?(@.type == 'knowledge')].procedures[0].revision")
                        .value(contains(1)))
                .andExpect(jsonPath("$.events[?(@.type == 'knowledge')].procedures[0].score")
                        .value(contains(greaterThan(0.5))));
    }

    @Test
    void carmenAsksWhereToPayTheIbiInPerson() throws Exception {
        String id = start();

        ask(id, "¿Dónde puedo pagar el IBI en persona?")
                .andExpect(jsonPath("$.replies[0].text", containsString("Cómo y dónde")))
                .andExpect(jsonPath("$.replies[1].type").value("link"));
    }

    private ResultActions ask(String conversation, String text) throws Exception {
        return mvc.perform(post("/api/v1/conversations/" + conversation + "/messages")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\": \"" + text + "\"}"))
                .andExpect(status().isOk());
    }

    private String start() throws Exception {
        String started = mvc.perform(post("/api/v1/conversations")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"channel\": \"web\"}"))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return JsonPath.read(started, "$.id");
    }
}
