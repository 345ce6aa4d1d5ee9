package es.madrid.linea.channels.whatsapp.outbound;

import static org.assertj.core.api.Assertions.assertThat;

import es.madrid.linea.bot.reply.Option;
import es.madrid.linea.bot.reply.Reply;
import es.madrid.linea.channels.whatsapp.MetaMessageSpec;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Every kind of bot reply becomes a WhatsApp message that Meta's OpenAPI description accepts. */
class RepliesRenderedAsValidWhatsAppMessagesTest {

    private final ReplyRenderer renderer = new ReplyRenderer();

    private static List<Option> options(int count, String titlePrefix) {
        return IntStream.rangeClosed(1, count)
                .mapToObj(i -> new Option("opt:" + i, titlePrefix + " " + i))
                .toList();
    }

    private static ObjectNode valid(ObjectNode body) {
        ObjectNode addressed = GraphMessages.addressedTo(body, "34600111222");
        assertThat(MetaMessageSpec.violations(addressed))
                .as(addressed.toString())
                .isEmpty();
        return addressed;
    }

    private ObjectNode only(Reply reply) {
        List<ObjectNode> messages = renderer.render(reply);
        assertThat(messages).hasSize(1);
        return valid(messages.get(0));
    }

    @Test
    void textIsATextMessageWithoutPreview() {
        JsonNode message = only(Reply.text("¿En qué calle está la farola?"));
        assertThat(message.get("type").asString()).isEqualTo("text");
        assertThat(message.at("/text/body").asString()).isEqualTo("¿En qué calle está la farola?");
        assertThat(message.at("/text/preview_url").asBoolean()).isFalse();
    }

    @Test
    void aLinkIsTextWithTheAddressAndItsPreview() {
        JsonNode message = only(Reply.link("Sigue tu aviso en Madrid Móvil:", "https://www.madrid.es/avisos"));
        assertThat(message.at("/text/body").asString())
                .isEqualTo("Sigue tu aviso en Madrid Móvil:\nhttps://www.madrid.es/avisos");
        assertThat(message.at("/text/preview_url").asBoolean()).isTrue();
    }

    @Test
    void upToThreeShortOptionsAreReplyButtonsCarryingTheOptionIds() {
        JsonNode message = only(Reply.options(
                "¿Confirmo el aviso?", List.of(new Option("confirm:yes", "Sí"), new Option("confirm:no", "No"))));
        assertThat(message.at("/interactive/type").asString()).isEqualTo("button");
        assertThat(message.at("/interactive/body/text").asString()).isEqualTo("¿Confirmo el aviso?");
        assertThat(message.at("/interactive/action/buttons/0/reply/id").asString())
                .isEqualTo("confirm:yes");
        assertThat(message.at("/interactive/action/buttons/1/reply/title").asString())
                .isEqualTo("No");
    }

    @Test
    void fourToTenOptionsAreAListWithOneRowEach() {
        JsonNode message = only(Reply.options("¿Qué necesitas?", options(10, "Opción")));
        assertThat(message.at("/interactive/type").asString()).isEqualTo("list");
        assertThat(message.at("/interactive/action/button").asString()).isEqualTo(ReplyRenderer.LIST_BUTTON);
        assertThat(message.at("/interactive/action/sections/0/rows")).hasSize(10);
        assertThat(message.at("/interactive/action/sections/0/rows/9/id").asString())
                .isEqualTo("opt:10");
    }

    @Test
    void theGreetingMenuOfFourOptionsIsAList() {
        JsonNode message = only(Reply.options(
                "¿Qué necesitas?",
                List.of(
                        new Option("menu:tramites", "Información de trámites"),
                        new Option("menu:aviso", "Avisar de una incidencia"),
                        new Option("menu:cita", "Pedir cita"),
                        new Option("menu:persona", "Hablar con una persona"))));
        assertThat(message.at("/interactive/type").asString()).isEqualTo("list");
        assertThat(message.at("/interactive/action/sections/0/rows/0/title").asString())
                .isEqualTo("Información de trámites");
    }

    @Test
    void buttonTitlesTooLongForAButtonMakeAList() {
        JsonNode message = only(Reply.options(
                "¿Dónde quieres la cita?",
                List.of(new Option("a", "Oficina de Chamberí"), new Option("b", "Oficina de Arganzuela"))));
        assertThat(message.at("/interactive/type").asString()).isEqualTo("list");
    }

    @Test
    void aRowTitleTooLongIsShortenedAndGivenWholeAsTheDescription() {
        String title = "Oficina de Atención a la Ciudadanía de Chamartín";
        JsonNode message = only(Reply.options("¿Cuál?", List.of(new Option("chamartin", title))));
        JsonNode row = message.at("/interactive/action/sections/0/rows/0");
        assertThat(row.get("title").asString()).hasSizeLessThanOrEqualTo(24).endsWith("…");
        assertThat(row.get("description").asString()).isEqualTo(title);
    }

    @Test
    void moreThanTenOptionsAreNumberedText() {
        JsonNode message = only(Reply.options("Elige una oficina:", options(11, "Oficina")));
        assertThat(message.get("type").asString()).isEqualTo("text");
        assertThat(message.at("/text/body").asString())
                .startsWith("Elige una oficina:\n\n1. Oficina 1\n2. Oficina 2")
                .contains("11. Oficina 11")
                .endsWith(ReplyRenderer.NUMBERED_HINT);
    }

    @Test
    void optionsWithRepeatedTitlesOrAVeryLongQuestionAreNumberedText() {
        assertThat(only(Reply.options("¿Cuál?", List.of(new Option("a", "Igual"), new Option("b", "Igual"))))
                        .get("type")
                        .asString())
                .isEqualTo("text");
        assertThat(only(Reply.options("x".repeat(1025), options(2, "Sí")))
                        .get("type")
                        .asString())
                .isEqualTo("text");
    }

    @Test
    void aLocationRequestIsWhatsAppsInteractiveLocationRequest() {
        JsonNode message = only(Reply.locationRequest("Comparte la ubicación de la incidencia, por favor."));
        assertThat(message.at("/interactive/type").asString()).isEqualTo("location_request_message");
        assertThat(message.at("/interactive/action/name").asString()).isEqualTo("send_location");
    }

    @Test
    void aTextLongerThanWhatsAppAllowsIsSentInParts() {
        String paragraph = "Documentación necesaria para el trámite. ".repeat(60);
        List<ObjectNode> parts = renderer.render(Reply.text(paragraph + "\n" + paragraph + "\n" + paragraph));
        assertThat(parts).hasSizeGreaterThan(1);
        parts.forEach(part -> {
            valid(part);
            assertThat(part.at("/text/body").asString().length()).isLessThanOrEqualTo(GraphMessages.MAX_TEXT);
        });
    }

    @Test
    void theAppointmentReminderIsATemplateInSpanishWithItsFourParameters() {
        JsonNode message = valid(GraphMessages.template(TemplateMessage.appointmentReminder(
                "OAC Chamberí, calle Alonso Cano 15", "martes 14 de abril", "10:30", "DNI y contrato\nde alquiler")));
        assertThat(message.at("/template/name").asString()).isEqualTo("recordatorio_cita");
        assertThat(message.at("/template/language/code").asString()).isEqualTo("es_ES");
        JsonNode parameters = message.at("/template/components/0/parameters");
        assertThat(parameters).hasSize(4);
        assertThat(parameters.get(3).get("text").asString()).isEqualTo("DNI y contrato de alquiler");
    }

    @Test
    void theSpecCheckRefusesWhatWhatsAppWouldRefuse() {
        ObjectNode fourButtons = GraphMessages.buttons(
                "¿Cuál?",
                List.of(
                        new GraphMessages.Row("a", "A", null),
                        new GraphMessages.Row("b", "B", null),
                        new GraphMessages.Row("c", "C", null),
                        new GraphMessages.Row("d", "D", null)));
        assertThat(MetaMessageSpec.violations(GraphMessages.addressedTo(fourButtons, "34600111222")))
                .isNotEmpty();
        ObjectNode unknownField = GraphMessages.text("hola", false).put("colour", "red");
        assertThat(MetaMessageSpec.violations(GraphMessages.addressedTo(unknownField, "34600111222")))
                .isNotEmpty();
        assertThat(MetaMessageSpec.violations(GraphMessages.text("sin destinatario", false)))
                .isNotEmpty();
    }
}
