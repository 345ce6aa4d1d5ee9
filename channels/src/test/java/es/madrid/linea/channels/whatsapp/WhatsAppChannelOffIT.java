package es.madrid.linea.channels.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;

import es.madrid.linea.channels.whatsapp.outbound.OutboxSender;
import es.madrid.linea.testing.ApiClient;
import es.madrid.linea.testing.ApplicationIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Without its settings the WhatsApp channel is off: no webhook, no sender, nothing that pretends to work. */
class WhatsAppChannelOffIT extends ApplicationIT {

    @Autowired
    ApplicationContext context;

    @Test
    void theWebhookIsNotFoundAndNothingOfTheChannelRuns() {
        ApiClient.Response post = api.post("/webhooks/whatsapp", "{\"object\":\"whatsapp_business_account\"}");
        assertThat(post.status()).isEqualTo(404);
        assertThat(post.json().get("error").asString()).isEqualTo("not_found");
        assertThat(api.get("/webhooks/whatsapp?hub.mode=subscribe&hub.verify_token=x&hub.challenge=1")
                        .status())
                .isEqualTo(404);
        assertThat(context.getBeansOfType(OutboxSender.class)).isEmpty();
        assertThat(context.getBeansOfType(CitizenPseudonyms.class)).isEmpty();
    }
}
