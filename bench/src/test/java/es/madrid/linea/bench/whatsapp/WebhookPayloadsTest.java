package es.madrid.linea.bench.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class WebhookPayloadsTest {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void aTextDeliveryHasTheCloudApiEnvelope() {
        String body = new WebhookPayloads("109876543210987")
                .textMessage(42, "wamid.bench.1", "¿Cómo pago el IBI?", 1_796_000_000L);

        JsonNode root = json.readTree(body);
        assertThat(root.get("object").asString()).isEqualTo("whatsapp_business_account");
        JsonNode change = root.get("entry").get(0).get("changes").get(0);
        assertThat(change.get("field").asString()).isEqualTo("messages");
        JsonNode value = change.get("value");
        assertThat(value.get("messaging_product").asString()).isEqualTo("whatsapp");
        assertThat(value.get("metadata").get("phone_number_id").asString()).isEqualTo("109876543210987");
        assertThat(value.get("contacts").get(0).get("wa_id").asString()).isEqualTo("34600000042");
        JsonNode message = value.get("messages").get(0);
        assertThat(message.get("from").asString()).isEqualTo("34600000042");
        assertThat(message.get("id").asString()).isEqualTo("wamid.bench.1");
        assertThat(message.get("timestamp").asString()).isEqualTo("1796000000");
        assertThat(message.get("type").asString()).isEqualTo("text");
        assertThat(message.get("text").get("body").asString()).isEqualTo("¿Cómo pago el IBI?");
    }

    @Test
    void everyCitizenHasASpanishMobileNumber() {
        assertThat(WebhookPayloads.waId(0)).isEqualTo("34600000000");
        assertThat(WebhookPayloads.waId(499)).matches("346\\d{8}");
    }
}
