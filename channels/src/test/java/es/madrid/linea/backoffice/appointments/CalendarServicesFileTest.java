package es.madrid.linea.backoffice.appointments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import es.madrid.linea.bot.appointments.CalendarService;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The embedded calendar's services (backoffice/appointment-services.yml). */
class CalendarServicesFileTest {

    private final OfficeSchedules offices =
            OfficeScheduleFile.read(getClass().getResourceAsStream("/kb-content/offices/offices.yml"));

    @Test
    void theDefaultServicesAreBookedAtEveryLineaMadridOffice() {
        List<CalendarService> services = CalendarServicesFile.read(
                getClass().getResourceAsStream("/backoffice/appointment-services.yml"), offices);

        CalendarService padron = services.stream()
                .filter(s -> s.id().equals("padron-gestiones"))
                .findFirst()
                .orElseThrow();
        CalendarService tributos = services.stream()
                .filter(s -> s.id().equals("tributos"))
                .findFirst()
                .orElseThrow();
        assertThat(padron.name()).isEqualTo("Padrón: altas, bajas y cambios de domicilio");
        assertThat(padron.slotLength()).isEqualTo(Duration.ofMinutes(10));
        assertThat(padron.officeIds()).hasSize(26).contains("oac-arganzuela");
        assertThat(tributos.officeIds()).hasSize(27).contains("oaic-alcala-45");
    }

    @Test
    void everyServiceNameIsOneTheProceduresUse() throws Exception {
        List<CalendarService> services = CalendarServicesFile.read(
                getClass().getResourceAsStream("/backoffice/appointment-services.yml"), offices);
        java.util.Set<String> named = new java.util.HashSet<>();
        // The editors' folder itself (tests run in the module's directory): on the classpath it may be inside a jar.
        java.nio.file.Path procedures = java.nio.file.Path.of("..", "kb-content", "procedures");
        try (var files = java.nio.file.Files.list(procedures)) {
            files.forEach(file -> {
                try {
                    for (String line : java.nio.file.Files.readAllLines(file)) {
                        if (line.startsWith("appointment_service:")) {
                            named.add(line.substring("appointment_service:".length())
                                    .strip()
                                    .replace("\"", ""));
                        }
                    }
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }

        assertThat(named).isNotEmpty();
        assertThat(services)
                .extracting(CalendarService::name)
                .allSatisfy(name -> assertThat(named).contains(name));
    }

    @Test
    void anUnknownOfficeIsNamedInTheError() {
        String yaml = "services:\n  - {id: x, name: X, slot_minutes: 10, desks: 1, offices: [oac-atlantida]}\n";

        assertThatThrownBy(() -> CalendarServicesFile.read(
                        new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), offices))
                .hasMessageContaining("oac-atlantida");
    }

    @Test
    void desksMustBeAPositiveNumber() {
        String yaml = "services:\n  - {id: x, name: X, slot_minutes: 10, desks: 0, offices: [linea-madrid]}\n";

        assertThatThrownBy(() -> CalendarServicesFile.read(
                        new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), offices))
                .hasMessageContaining("desks");
    }
}
