package es.madrid.linea.bench.webchat;

import static org.assertj.core.api.Assertions.assertThat;

import es.madrid.linea.bench.webchat.TurnProtocol.Progress;
import es.madrid.linea.bench.webchat.TurnProtocol.Turn;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class TurnProtocolsTest {

    private final JsonMapper json = JsonMapper.builder().build();
    private final BotTurns bot = new BotTurns();

    @Test
    void botTurnsGoThroughTheWebChatDestinationsOfTheConversation() {
        assertThat(bot.destination("abc")).isEqualTo("/app/conversations/abc/messages");
        assertThat(bot.topic("abc")).isEqualTo("/topic/conversations.abc");
        EchoTurns echo = new EchoTurns();
        assertThat(echo.destination("abc")).isEqualTo("/app/conversations/abc/echo");
        assertThat(echo.topic("abc")).isEqualTo("/topic/conversations.echo.abc");
    }

    @Test
    void aTurnEndsWithTheBotsFirstReplyAfterTheCitizensOwnMessage() {
        Turn turn = bot.watch("m-2");

        assertThat(turn.onEvent(event(5, "bot", null, "bot"))).isEqualTo(Progress.WAITING); // the previous answer
        assertThat(turn.onEvent(event(6, "user", "m-2", "bot"))).isEqualTo(Progress.WAITING);
        assertThat(turn.onEvent(event(7, "bot", null, "bot"))).isEqualTo(Progress.ANSWERED);
    }

    @Test
    void aReplyThatArrivesBeforeTheCitizensMessageStillEndsTheTurn() {
        Turn turn = bot.watch("m-2");

        assertThat(turn.onEvent(event(7, "bot", null, "bot"))).isEqualTo(Progress.WAITING);
        assertThat(turn.onEvent(event(6, "user", "m-2", "bot"))).isEqualTo(Progress.ANSWERED);
    }

    @Test
    void anotherCitizensMessageDoesNotCount() {
        Turn turn = bot.watch("m-2");

        assertThat(turn.onEvent(event(6, "user", "m-1", "bot"))).isEqualTo(Progress.WAITING);
        assertThat(turn.onEvent(event(7, "bot", null, "bot"))).isEqualTo(Progress.WAITING);
    }

    @Test
    void whenAPersonWillAnswerTheStoredMessageEndsTheTurnAndTheConversationLeavesTheBot() {
        assertThat(bot.watch("m-3").onEvent(event(8, "user", "m-3", "waiting_agent")))
                .isEqualTo(Progress.LEFT_THE_BOT);

        Turn handedOver = bot.watch("m-4");
        handedOver.onEvent(event(9, "user", "m-4", "bot"));
        assertThat(handedOver.onEvent(event(10, "bot", null, "waiting_agent"))).isEqualTo(Progress.LEFT_THE_BOT);
    }

    @Test
    void anEchoEndsWhenTheSameMessageComesBack() {
        Turn turn = new EchoTurns().watch("e-1");

        assertThat(turn.onEvent(json.readTree("{\"text\":\"hola\",\"messageId\":\"e-0\"}")))
                .isEqualTo(Progress.WAITING);
        assertThat(turn.onEvent(json.readTree("{\"text\":\"hola\",\"messageId\":\"e-1\"}")))
                .isEqualTo(Progress.ANSWERED);
    }

    private JsonNode event(long seq, String type, String messageId, String status) {
        var node = json.createObjectNode().put("seq", seq).put("type", type).put("status", status);
        if (messageId != null) {
            node.put("messageId", messageId);
        }
        return node;
    }
}
