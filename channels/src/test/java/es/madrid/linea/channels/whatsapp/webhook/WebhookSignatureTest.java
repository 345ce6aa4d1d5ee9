package es.madrid.linea.channels.whatsapp.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import es.madrid.linea.channels.whatsapp.PywaPayloads;
import es.madrid.linea.channels.whatsapp.webhook.WebhookSignature.Verdict;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Meta's X-Hub-Signature-256, checked against a real test vector and against forgeries. */
class WebhookSignatureTest {

    private final PywaPayloads.SignatureVector vector = PywaPayloads.signatureVector();
    private final WebhookSignature signature = new WebhookSignature(vector.appSecret());

    @Test
    void theRealTestVectorIsValid() {
        assertThat(vector.body()).hasSize(511);
        assertThat(signature.check(vector.header(), vector.body())).isEqualTo(Verdict.VALID);
        assertThat(signature.headerFor(vector.body())).isEqualTo(vector.header());
    }

    @Test
    void theHeaderIsReadWhateverTheCaseOfItsHexDigits() {
        String upper = "sha256=" + vector.header().substring(7).toUpperCase();
        assertThat(signature.check(upper, vector.body())).isEqualTo(Verdict.VALID);
    }

    @Test
    void aTamperedBodyIsRefused() {
        byte[] tampered = Arrays.copyOf(vector.body(), vector.body().length);
        String original = new String(tampered, StandardCharsets.UTF_8);
        byte[] changed = original.replace("Hey there!", "Hey thère!").getBytes(StandardCharsets.UTF_8);
        assertThat(signature.check(vector.header(), changed)).isEqualTo(Verdict.WRONG);
        tampered[tampered.length - 1] = ' ';
        assertThat(signature.check(vector.header(), tampered)).isEqualTo(Verdict.WRONG);
        // Re-serialised JSON (same content, other bytes) is not the signed body either.
        byte[] reformatted = (original + "\n").getBytes(StandardCharsets.UTF_8);
        assertThat(signature.check(vector.header(), reformatted)).isEqualTo(Verdict.WRONG);
    }

    @Test
    void aWrongSecretIsRefused() {
        WebhookSignature other = new WebhookSignature("1222e786b144d0e85b9f365372d93677");
        assertThat(other.check(vector.header(), vector.body())).isEqualTo(Verdict.WRONG);
    }

    @Test
    void aMissingOrMalformedHeaderIsNoSignature() {
        assertThat(signature.check(null, vector.body())).isEqualTo(Verdict.MISSING);
        assertThat(signature.check("", vector.body())).isEqualTo(Verdict.MISSING);
        assertThat(signature.check(vector.header().substring(7), vector.body())).isEqualTo(Verdict.MISSING);
        assertThat(signature.check("sha1=" + vector.header().substring(7), vector.body()))
                .isEqualTo(Verdict.MISSING);
        assertThat(signature.check("sha256=" + "zz".repeat(32), vector.body())).isEqualTo(Verdict.MISSING);
        assertThat(signature.check(vector.header() + "00", vector.body())).isEqualTo(Verdict.MISSING);
    }
}
