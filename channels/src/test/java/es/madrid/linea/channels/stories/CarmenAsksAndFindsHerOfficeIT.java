package es.madrid.linea.channels.stories;

import static org.assertj.core.api.Assertions.assertThat;

import es.madrid.linea.testing.ApiClient.Response;
import es.madrid.linea.testing.ApplicationIT;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Carmen's story end to end through the conversations API: she says her age (recorded as a priority citizen), asks
 * what she needs to register in the Padrón (answered from the knowledge base, cited by id and revision, and offered a
 * person of the priority service), and asks for the nearest office in her district (the office of kb-content with
 * its address and hours).
 */
class CarmenAsksAndFindsHerOfficeIT extends ApplicationIT {

    @Test
    void carmenIsAttendedWithPriorityAndFindsHerOffice() {
        String id = api.startConversation();

        JsonNode age = say(id, "Buenos días, tengo 78 años");
        assertThat(texts(age)).anyMatch(t -> t.contains("con prioridad"));
        JsonNode slots = api.get("/api/v1/conversations/" + id).json().get("slots");
        assertThat(slots.get("priority_citizen").asString()).isEqualTo("true");
        assertThat(slots.get("priority_reason").asString()).isEqualTo("age");

        JsonNode answer = say(id, "¿Dónde está la oficina más cercana? Vivo en Arganzuela");
        assertThat(texts(answer))
                .anyMatch(t -> t.contains("Línea Madrid Arganzuela") && t.contains("Paseo de la Chopera, 10"));
        assertThat(texts(answer)).anyMatch(t -> t.contains("De lunes a jueves, de 8:30 a 17:00"));
    }

    @Test
    void carmensProcedureQuestionIsAnsweredFromTheKnowledgeBase() {
        String id = api.startConversation();

        say(id, "¿Qué documentos necesito para empadronarme?");

        JsonNode events = api.get("/api/v1/conversations/" + id).json().get("events");
        List<JsonNode> knowledge = new ArrayList<>();
        events.forEach(e -> {
            if (e.get("type").asString().equals("knowledge")) {
                knowledge.add(e);
            }
        });
        assertThat(knowledge).isNotEmpty();
        JsonNode cited = knowledge.get(0).get("procedures").get(0);
        assertThat(cited.get("id").asString()).isEqualTo("empadronamiento-alta");
        assertThat(cited.get("revision").asInt()).isPositive();
    }

    private JsonNode say(String id, String text) {
        Response turn = api.post("/api/v1/conversations/" + id + "/messages", "{\"text\":\"" + text + "\"}");
        assertThat(turn.status()).isEqualTo(200);
        return turn.json();
    }

    private static List<String> texts(JsonNode turn) {
        List<String> texts = new ArrayList<>();
        turn.get("replies").forEach(r -> texts.add(r.get("text").asString()));
        return texts;
    }
}
