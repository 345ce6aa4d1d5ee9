package es.madrid.linea.bot.nlu.trained;

import static org.assertj.core.api.Assertions.assertThat;

import es.madrid.linea.bot.conversation.ConversationEvent.UserUttered;
import es.madrid.linea.bot.conversation.EventCodec;
import es.madrid.linea.bot.nlu.IncidentCategory;
import es.madrid.linea.bot.nlu.Intents;
import es.madrid.linea.bot.nlu.Understanding;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/** The packaged models on the messages of the product's stories. */
class CitizenMessagesAreUnderstoodTest {

    private static final ZonedDateTime NOW = ZonedDateTime.parse("2026-11-29T10:00:00+01:00");

    private static Understanding parse(String text) {
        return PackagedModels.UNDERSTANDING.parse(text, NOW);
    }

    @Test
    void carlosReportsAStreetLightWithItsAddressAndGetsLightingCategories() {
        Understanding understanding = parse("hay una farola fundida en la calle de Alcalá 102, no se ve nada");
        assertThat(understanding.intent().name()).isEqualTo(Intents.REPORT_INCIDENT);
        assertThat(understanding.confident()).isTrue();
        assertThat(understanding.firstEntity("address").orElseThrow().value()).isEqualTo("Calle de Alcalá 102");
        assertThat(understanding.incidentCategories()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(understanding.incidentCategories().subList(0, 3))
                .extracting(IncidentCategory::name)
                .containsAnyOf("Farola apagada", "Calle apagada", "Otras averías de alumbrado");
    }

    @Test
    void almudenaAsksForAnAppointmentWithADateAndADistrict() {
        Understanding understanding = parse("quiero cita para empadronarme el martes en Tetuán");
        assertThat(understanding.intent().name()).isEqualTo(Intents.BOOK_APPOINTMENT);
        assertThat(understanding.entities())
                .extracting(e -> e.type() + ":" + e.value())
                .containsExactly("date:2026-12-01", "district:Tetuán");
    }

    @Test
    void carmenAsksHowToPayTheIbi() {
        assertThat(parse("¿dónde y cómo puedo pagar el IBI en persona?")
                        .intent()
                        .name())
                .isEqualTo(Intents.PROCEDURE_INFO);
    }

    @Test
    void greetingsHaveNoIncidentCategories() {
        Understanding understanding = parse("hola buenas tardes");
        assertThat(understanding.intent().name()).isEqualTo(Intents.GREET);
        assertThat(understanding.incidentCategories()).isEmpty();
    }

    @Test
    void alarmsAndWeatherAreOutOfScope() {
        assertThat(parse("pon una alarma a las 7 de la mañana").intent().name()).isEqualTo(Intents.OUT_OF_SCOPE);
        assertThat(parse("¿va a llover este fin de semana?").intent().name()).isEqualTo(Intents.OUT_OF_SCOPE);
    }

    @Test
    void theRankingIsOrderedAndItsConfidencesAddUpToOne() {
        Understanding understanding = parse("quiero anular la cita del jueves");
        assertThat(understanding.ranking()).hasSize(Intents.ALL.size());
        assertThat(understanding.ranking().stream()
                        .mapToDouble(i -> i.confidence())
                        .sum())
                .isCloseTo(1.0, org.assertj.core.api.Assertions.within(1e-6));
        assertThat(understanding.ranking().get(0).confidence())
                .isGreaterThanOrEqualTo(understanding.ranking().get(1).confidence());
    }

    @Test
    void theConfidenceDecisionIsStoredWithTheEventAndReadBack() {
        Understanding understanding = parse("quiero hablar con una persona");
        EventCodec codec = new EventCodec();
        UserUttered event = new UserUttered("quiero hablar con una persona", null, null, null, understanding);
        UserUttered read = (UserUttered) codec.decode("user", codec.encode(event));
        assertThat(read.understanding()).isEqualTo(understanding);
        assertThat(read.understanding().confident()).isEqualTo(understanding.confident());
    }
}
