package es.madrid.linea.system;

import static org.assertj.core.api.Assertions.assertThat;

import es.madrid.linea.testing.ApplicationIT;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** The service's logs are structured JSON and never show a citizen's personal data. */
@ExtendWith(OutputCaptureExtension.class)
class MaskedLogsIT extends ApplicationIT {

    @Test
    void personalDataInAMessageOrAStackTraceIsMaskedInTheJsonLog(CapturedOutput output) {
        var log = LoggerFactory.getLogger("es.madrid.linea.test");

        log.warn(
                "citizen 12345678Z at calle de Alcalá 102 phone 600123456 mail ana@example.com",
                new IllegalStateException("bad NIE X1234567L"));

        String line = output.getOut()
                .lines()
                .filter(l -> l.contains("es.madrid.linea.test"))
                .findFirst()
                .orElseThrow();
        assertThat(line).startsWith("{").contains("\"message\":");
        assertThat(line).contains("[dni]", "[address]", "[phone]", "[email]", "[nie]");
        assertThat(line).doesNotContain("12345678Z", "Alcalá 102", "600123456", "ana@example.com", "X1234567L");
    }
}
