package es.madrid.linea.bot.dialogue.offices;

import static es.madrid.linea.bot.dialogue.DialogueHarness.texts;
import static org.assertj.core.api.Assertions.assertThat;

import es.madrid.linea.bot.conversation.Channel;
import es.madrid.linea.bot.conversation.CitizenProfile;
import es.madrid.linea.bot.conversation.ConversationEvent.BotUttered;
import es.madrid.linea.bot.dialogue.DialogueHarness;
import es.madrid.linea.bot.dialogue.DialogueSlots;
import es.madrid.linea.bot.geo.GeoPoint;
import es.madrid.linea.bot.nlu.Entity;
import es.madrid.linea.bot.nlu.Intents;
import es.madrid.linea.bot.reply.Reply;
import java.util.List;
import org.junit.jupiter.api.Test;

class OfficeFormTest {

    private final DialogueHarness bot = new DialogueHarness();

    {
        bot.understanding
                .teach("¿dónde hay una oficina?", Intents.FIND_OFFICE, 0.99)
                .teach(
                        "oficina en el 28010",
                        Intents.FIND_OFFICE,
                        0.99,
                        List.of(entity("postcode", "28010")),
                        List.of())
                .teach(
                        "oficina de Arganzuela",
                        Intents.FIND_OFFICE,
                        0.99,
                        List.of(entity("district", "Arganzuela")),
                        List.of())
                .teach("28999", Intents.OUT_OF_SCOPE, 0.5, List.of(entity("postcode", "28999")), List.of());
    }

    @Test
    void aPostcodeLeadsToTheOfficeOfItsDistrictWithHoursAndServices() {
        bot.start();

        List<String> said = texts(bot.say("oficina en el 28010"));

        assertThat(said.get(0)).contains("Línea Madrid Chamberí", "28010", "De lunes a jueves", "Padrón, Registro");
        assertThat(bot.conversation().slot(DialogueSlots.FORM)).isEmpty();
    }

    @Test
    void aDistrictLeadsToItsReferenceOffice() {
        bot.start();

        assertThat(texts(bot.say("oficina de Arganzuela")).get(0)).contains("Línea Madrid Arganzuela");
    }

    @Test
    void withoutAPlaceTheBotAsksOnceAndASharedLocationFindsTheNearest() {
        bot.start();

        var asked = bot.say("¿dónde hay una oficina?");
        assertThat(asked).anyMatch(e -> e instanceof BotUttered b && b.reply() instanceof Reply.LocationRequest);
        List<String> said = texts(bot.share(new GeoPoint(40.43, -3.70)));

        assertThat(said.get(0)).contains("Línea Madrid Chamberí");
    }

    @Test
    void aLocationSharedOutOfTheBlueGetsTheNearestOffice() {
        bot.start();

        assertThat(texts(bot.share(new GeoPoint(40.394, -3.70))).get(0)).contains("Línea Madrid Arganzuela");
    }

    @Test
    void theProfilesPostcodeSparesTheQuestion() {
        bot.start(Channel.WEB, new CitizenProfile(null, null, null, "28045", null, null));

        assertThat(texts(bot.say("¿dónde hay una oficina?")).get(0)).contains("Línea Madrid Arganzuela");
    }

    @Test
    void anUnknownPlaceIsAskedAgain() {
        bot.start();
        bot.say("¿dónde hay una oficina?");

        List<String> said = texts(bot.say("28999"));

        assertThat(said.get(0)).isEqualTo(OfficeForm.NOT_FOUND);
        assertThat(bot.conversation().slot(DialogueSlots.FORM)).hasValue(OfficeForm.NAME);
    }

    @Test
    void aPriorityCitizenGetsOneShortAnswerWith010() {
        bot.start(Channel.WEB, new CitizenProfile(null, null, null, null, null, true));

        List<String> said = texts(bot.say("oficina en el 28010"));

        assertThat(said.get(0))
                .startsWith("Te recomiendo la oficina")
                .contains("010")
                .doesNotContain("Allí puedes");
    }

    private static Entity entity(String type, String value) {
        return new Entity(type, value, value, 0, value.length());
    }
}
