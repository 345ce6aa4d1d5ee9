package es.madrid.linea.bench.webchat;

/**
 * The raw STOMP echo: the same message sent to {@code /app/conversations/{id}/echo} comes straight back on
 * {@code /topic/conversations.echo.{id}} through the same endpoint, access policy, channels and broker as the bot's
 * answers, with no bot behind it. Exists only when the service runs with {@code cibeles.bench.echo=true}.
 */
final class EchoTurns implements TurnProtocol {

    @Override
    public String destination(String conversationId) {
        return "/app/conversations/" + conversationId + "/echo";
    }

    @Override
    public int turnsPerConversation() {
        return 0;
    }

    @Override
    public String topic(String conversationId) {
        return BotTurns.TOPIC_PREFIX + "echo." + conversationId;
    }

    @Override
    public Turn watch(String messageId) {
        return event -> messageId.equals(event.path("messageId").asString(null)) ? Progress.ANSWERED : Progress.WAITING;
    }
}
