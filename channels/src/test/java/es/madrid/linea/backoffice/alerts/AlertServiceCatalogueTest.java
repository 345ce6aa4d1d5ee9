package es.madrid.linea.backoffice.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import es.madrid.linea.bot.alerts.AlertService;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Avisos Madrid's services as kb-content/alerts/services.yml lists them. */
class AlertServiceCatalogueTest {

    private final AlertServiceCatalogue catalogue =
            AlertServiceCatalogue.read(getClass().getResourceAsStream("/kb-content/alerts/services.yml"));

    @Test
    void theServicesInUseAreOfferedWithTheirFamilyAndWords() {
        assertThat(catalogue.offered()).hasSize(66);
        AlertService light = catalogue.service("591b3a194e4ea83a018b46bb").orElseThrow();
        assertThat(light.name()).isEqualTo("Farola apagada");
        assertThat(light.group()).isEqualTo("Alumbrado público");
        assertThat(light.keywords()).contains("farola fundida");
        assertThat(light.description()).startsWith("Aviso:");
    }

    @Test
    void aServiceWithoutIdIsRefusedWithItsPlace() {
        String yaml = "services:\n  - {id: a, name: A}\n  - {name: B}\n";

        assertThatThrownBy(() ->
                        AlertServiceCatalogue.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8))))
                .hasMessageContaining("#2");
    }
}
