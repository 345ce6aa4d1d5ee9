package es.madrid.linea.channels.whatsapp;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import es.madrid.linea.bot.conversation.ConversationEvent.ActionExecuted;
import es.madrid.linea.channels.whatsapp.outbound.DeliveryProblems;
import es.madrid.linea.channels.whatsapp.outbound.Outbox;
import es.madrid.linea.channels.whatsapp.outbound.TemplateMessage;
import es.madrid.linea.channels.whatsapp.outbound.WhatsAppTemplates;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The Graph API does not always say yes: rate limits, server errors and silence are met with retries where WhatsApp
 * certainly did not take the message, and never with a second copy where it may have; delivery statuses arrive late
 * and out of order; outside the 24-hour window only templates go.
 */
class RepliesReachThePhoneWhateverWhatsAppAnswersIT extends WhatsAppIT {

    private static final String GREETING = "¡Hola! Soy Cibeles, el asistente virtual de Línea Madrid.";
    private static final String YOU_ARE_WELCOME = "¡De nada! Aquí estoy para lo que necesites.";
    private static final List<String> THE_THREE_REPLIES =
            List.of(GREETING, GreetingTexts.CAPABILITIES, YOU_ARE_WELCOME);

    @Autowired
    WhatsAppTemplates templates;

    private String thanks(String waId) {
        deliver(MetaWebhooks.messages(waId, MetaWebhooks.text(waId, MetaWebhooks.newWamid(), "gracias")));
        return waId;
    }

    private List<Outbox.Entry> outboxOf(String waId) {
        return conversationOf(waId)
                .map(header -> outbox.ofConversation(header.id()))
                .orElse(List.of());
    }

    private boolean allSent(String waId, int count) {
        List<Outbox.Entry> entries = outboxOf(waId);
        return entries.size() == count && entries.stream().allMatch(e -> e.state() == Outbox.State.SENT);
    }

    private List<ActionExecuted> deliveryProblems(String waId) {
        return eventsOf(waId, ActionExecuted.class).stream()
                .filter(a -> DeliveryProblems.ACTION.equals(a.action()))
                .toList();
    }

    @Test
    void aRateLimitedMessageIsSentAgainLaterAndTheRestWaitForIt() {
        String waId = MetaWebhooks.newNumber();
        GRAPH.failFirst(waId, 1, FakeGraphApi.error(429, 130429, "Rate limit hit"));

        thanks(waId);

        await().until(() -> allSent(waId, 3));
        assertThat(GRAPH.textsTo(waId))
                .containsExactly(GREETING, GREETING, GreetingTexts.CAPABILITIES, YOU_ARE_WELCOME);
        assertThat(deliveryProblems(waId)).isEmpty();
    }

    @Test
    void serverErrorsAndThePairRateLimitAreRetriedWithBackoff() {
        String errors = MetaWebhooks.newNumber();
        GRAPH.failFirst(errors, 2, aResponse().withStatus(500));
        String pair = MetaWebhooks.newNumber();
        GRAPH.failFirst(
                pair, 1, FakeGraphApi.error(400, 131056, "(Business Account, Consumer Account) pair rate limit hit"));

        thanks(errors);
        thanks(pair);

        await().atMost(Duration.ofSeconds(30)).until(() -> allSent(errors, 3) && allSent(pair, 3));
        assertThat(GRAPH.textsTo(errors))
                .containsExactly(GREETING, GREETING, GREETING, GreetingTexts.CAPABILITIES, YOU_ARE_WELCOME);
        assertThat(GRAPH.textsTo(pair))
                .containsExactly(GREETING, GREETING, GreetingTexts.CAPABILITIES, YOU_ARE_WELCOME);
    }

    @Test
    void aSendThatGetsNoAnswerIsNeverSentTwiceAndIsReported() {
        String waId = MetaWebhooks.newNumber();
        GRAPH.answer(waId, aResponse().withStatus(200).withFixedDelay(8000).withBody("{}"));

        thanks(waId);

        await().atMost(Duration.ofSeconds(30))
                .until(() -> outboxOf(waId).size() == 3
                        && outboxOf(waId).stream().allMatch(e -> e.state() == Outbox.State.UNCERTAIN));
        await().pollDelay(Duration.ofSeconds(3)).until(() -> true);
        assertThat(GRAPH.textsTo(waId)).containsExactlyElementsOf(THE_THREE_REPLIES);
        assertThat(deliveryProblems(waId))
                .hasSize(3)
                .allSatisfy(problem -> assertThat(problem.outcome()).isEqualTo(DeliveryProblems.UNCERTAIN));
    }

    @Test
    void aRefusedMessageIsReportedInTheConversationAndNotRetried() {
        String waId = MetaWebhooks.newNumber();
        GRAPH.answer(waId, FakeGraphApi.error(400, 100, "Invalid parameter"));

        thanks(waId);

        await().until(() -> deliveryProblems(waId).size() == 3);
        assertThat(GRAPH.textsTo(waId)).containsExactlyElementsOf(THE_THREE_REPLIES);
        assertThat(outboxOf(waId)).allSatisfy(e -> assertThat(e.state()).isEqualTo(Outbox.State.FAILED));
        assertThat(deliveryProblems(waId).get(0).outcome()).isEqualTo(DeliveryProblems.FAILED);
        assertThat(deliveryProblems(waId).get(0).detail()).contains("error 100");
    }

    @Test
    void deliveryStatusesOutOfOrderEndAtTheStrongestAndRepeatsChangeNothing() {
        String waId = thanks(MetaWebhooks.newNumber());
        await().until(() -> allSent(waId, 3));
        String wamid = outboxOf(waId).get(2).wamid();

        for (String status : List.of("read", "delivered", "read", "sent", "failed")) {
            assertThat(deliver(MetaWebhooks.statuses(MetaWebhooks.status(waId, wamid, status, null)))
                            .status())
                    .isEqualTo(200);
        }

        await().until(() -> "read".equals(outboxOf(waId).get(2).delivery()));
        await().pollDelay(Duration.ofSeconds(2)).until(() -> true);
        assertThat(outboxOf(waId).get(2).delivery()).isEqualTo("read");
        assertThat(outboxOf(waId).get(2).state()).isEqualTo(Outbox.State.SENT);
        assertThat(GRAPH.textsTo(waId)).containsExactlyElementsOf(THE_THREE_REPLIES);
    }

    @Test
    void aDeliveryThatFailsForAPassingReasonIsSentAgainOnce() {
        String waId = thanks(MetaWebhooks.newNumber());
        await().until(() -> allSent(waId, 3));
        String wamid = outboxOf(waId).get(2).wamid();

        byte[] failed = MetaWebhooks.statuses(MetaWebhooks.status(waId, wamid, "failed", 131000));
        deliver(failed);
        deliver(failed);

        await().until(() -> GRAPH.textsTo(waId).size() == 4);
        await().until(() -> allSent(waId, 3));
        assertThat(GRAPH.textsTo(waId)).endsWith(YOU_ARE_WELCOME, YOU_ARE_WELCOME);
        assertThat(outboxOf(waId).get(2).wamid()).isNotEqualTo(wamid);
        await().pollDelay(Duration.ofSeconds(2)).until(() -> true);
        assertThat(GRAPH.textsTo(waId)).hasSize(4);
    }

    @Test
    void aDeliveryThatFailsForGoodIsReported() {
        String waId = thanks(MetaWebhooks.newNumber());
        await().until(() -> allSent(waId, 3));
        String wamid = outboxOf(waId).get(2).wamid();

        deliver(MetaWebhooks.statuses(MetaWebhooks.status(waId, wamid, "failed", 131026)));

        await().until(() -> deliveryProblems(waId).size() == 1);
        assertThat(deliveryProblems(waId).get(0).detail()).contains("131026");
        assertThat(outboxOf(waId).get(2).state()).isEqualTo(Outbox.State.FAILED);
        assertThat(GRAPH.textsTo(waId)).hasSize(3);
    }

    @Test
    void outsideTheWindowRepliesWaitForTheCitizenButTheReminderTemplateGoes() {
        String waId = MetaWebhooks.newNumber();
        var yesterday = MetaWebhooks.message(
                waId, MetaWebhooks.newWamid(), Instant.now().minus(Duration.ofHours(25)), "text");
        yesterday.putObject("text").put("body", "gracias");

        deliver(MetaWebhooks.messages(waId, yesterday));

        await().until(() ->
                outboxOf(waId).size() == 3 && outboxOf(waId).stream().allMatch(e -> e.state() == Outbox.State.HELD));
        assertThat(deliveryProblems(waId))
                .extracting(ActionExecuted::outcome)
                .containsOnly(DeliveryProblems.OUTSIDE_WINDOW);
        assertThat(GRAPH.textsTo(waId)).isEmpty();

        String conversation = conversationOf(waId).orElseThrow().id();
        TemplateMessage reminder = TemplateMessage.appointmentReminder(
                "OAC Centro, calle Mayor 72", "martes 14 de abril", "10:30", "DNI o NIE y el contrato de alquiler");
        assertThat(templates.send(conversation, reminder, "reminder:apt-1")).isTrue();
        assertThat(templates.send(conversation, reminder, "reminder:apt-1")).isFalse();

        await().until(() -> GRAPH.textsTo(waId).size() == 1);
        JsonNode template = GRAPH.messagesTo(waId).get(0);
        assertThat(MetaMessageSpec.violations(template)).isEmpty();
        assertThat(template.at("/template/name").asString()).isEqualTo("recordatorio_cita");
        assertThat(template.at("/template/components/0/parameters/3/text").asString())
                .isEqualTo("DNI o NIE y el contrato de alquiler");

        thanks(waId);

        await().until(() -> GRAPH.textsTo(waId).size() == 5);
        assertThat(GRAPH.textsTo(waId))
                .containsExactly(
                        "template:recordatorio_cita",
                        GREETING,
                        GreetingTexts.CAPABILITIES,
                        YOU_ARE_WELCOME,
                        YOU_ARE_WELCOME);
    }
}
