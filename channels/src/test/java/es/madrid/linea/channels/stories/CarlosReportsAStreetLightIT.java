package es.madrid.linea.channels.stories;

import static org.assertj.core.api.Assertions.assertThat;

import es.madrid.linea.testing.ApiClient.Response;
import es.madrid.linea.testing.ApplicationIT;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Carlos's story end to end through the conversations API, with the trained understanding, the real dialogue and the
 * embedded alerts registry: he reports a street light that is off, gives the street, confirms, gets a code, and the
 * alert is there to follow at {@code GET /api/v1/alerts/{code}}; then he asks how it is going.
 */
class CarlosReportsAStreetLightIT extends ApplicationIT {

    private static final String STREET_LIGHT = "591b3a194e4ea83a018b46bb";

    @Test
    void carlosFilesAnAlertAndFollowsItByItsCode() {
        String id = api.startConversation();

        JsonNode reported = say(id, "{\"text\":\"Hola, la farola de mi portal no funciona\"}");
        assertThat(texts(reported)).anyMatch(t -> t.startsWith("¿Dónde está?"));
        JsonNode confirmation = say(id, "{\"text\":\"en la calle de Alcalá 102\"}");
        assertThat(texts(confirmation))
                .anyMatch(t -> t.contains("Farola apagada") && t.contains("Calle de Alcalá 102"));
        String confirm = optionId(confirmation, "Sí, enviar");
        JsonNode filed = say(id, "{\"payload\":\"" + confirm + "\"}");

        JsonNode conversation = api.get("/api/v1/conversations/" + id).json();
        assertThat(conversation.get("alerts").size()).isEqualTo(1);
        String code = conversation.get("alerts").get(0).asString();
        assertThat(texts(filed)).anyMatch(t -> t.contains(code) && t.contains("Madrid Móvil") && t.contains("010"));
        Response alert = api.get("/api/v1/alerts/" + code);
        assertThat(alert.status()).isEqualTo(200);
        assertThat(alert.json().get("serviceId").asString()).isEqualTo(STREET_LIGHT);
        assertThat(alert.json().get("address").asString()).isEqualTo("Calle de Alcalá 102");
        assertThat(alert.json().get("status").asString()).isEqualTo("open");
        assertThat(alert.json().get("lat").isNumber()).isTrue();
        assertThat(alert.json().get("description").asString()).contains("farola");

        JsonNode status = say(id, "{\"text\":\"¿cómo va mi aviso " + code + "?\"}");
        assertThat(texts(status)).anyMatch(t -> t.contains(code) && t.contains("abierto"));
    }

    @Test
    void anUnknownCodeGetsAClearAnswer() {
        String id = api.startConversation();

        JsonNode status = say(id, "{\"text\":\"¿cómo va mi aviso 99999999?\"}");

        assertThat(texts(status)).anyMatch(t -> t.startsWith("No encuentro ningún aviso con el número 99999999"));
    }

    private JsonNode say(String id, String message) {
        Response turn = api.post("/api/v1/conversations/" + id + "/messages", message);
        assertThat(turn.status()).isEqualTo(200);
        return turn.json();
    }

    private static List<String> texts(JsonNode turn) {
        List<String> texts = new ArrayList<>();
        turn.get("replies").forEach(r -> texts.add(r.get("text").asString()));
        return texts;
    }

    private static String optionId(JsonNode turn, String title) {
        for (JsonNode reply : turn.get("replies")) {
            for (JsonNode option : reply.path("options")) {
                if (option.get("title").asString().equals(title)) {
                    return option.get("id").asString();
                }
            }
        }
        throw new AssertionError("no option «" + title + "» in " + turn);
    }
}
