package es.madrid.linea.bench.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    @Test
    void signsTheRawBodyAsMetaDoesInThePublishedTestVector() throws IOException {
        byte[] body;
        try (InputStream in = getClass().getResourceAsStream("/whatsapp/hmac_vector_pywa_body.json")) {
            body = in.readAllBytes();
        }

        assertThat(body).hasSize(511);
        assertThat(WebhookSignature.of("1222e786b144d0e85b9f365372d93676", body))
                .isEqualTo("sha256=54edfa1d7259e0eb13c677cc7d73d1b5c86cfa12433d19156e058ab9251bc441");
    }

    @Test
    void aChangedBodyOrSecretGivesAnotherSignature() {
        byte[] body = "{\"object\":\"whatsapp_business_account\"}".getBytes(StandardCharsets.UTF_8);
        byte[] tampered = "{\"object\":\"whatsapp_business_accounT\"}".getBytes(StandardCharsets.UTF_8);

        assertThat(WebhookSignature.of("secret", body)).isNotEqualTo(WebhookSignature.of("secret", tampered));
        assertThat(WebhookSignature.of("secret", body)).isNotEqualTo(WebhookSignature.of("other", body));
    }
}
