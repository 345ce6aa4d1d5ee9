package es.madrid.linea.handoff.console;

import es.madrid.linea.handoff.routing.RoutingRefusal;

/** The bodies agents send to {@code /app/agent/...}: small, and checked before the desk sees them. */
final class ConsoleCommands {

    private static final int MAX_ID = 64;

    private ConsoleCommands() {}

    /** {@code /app/agent/presence}: {@code available}, {@code busy} or {@code away}. */
    record PresenceCommand(String presence) {}

    /** {@code /app/agent/accept}, {@code /app/agent/pickup}, {@code /app/agent/resume}. */
    record ConversationCommand(String conversationId) {}

    /** {@code /app/agent/reply} and {@code /app/agent/note}. */
    record TextCommand(String conversationId, String text) {}

    /** {@code /app/agent/transfer}: to a group ({@code queue}), to a colleague ({@code agent}), or both. */
    record TransferCommand(String conversationId, String queue, String agent) {}

    /** {@code /app/agent/close}. */
    record CloseCommand(String conversationId, String outcome) {}

    /** {@code /app/agent/callback-done}. */
    record CallbackCommand(String id, String outcome) {}

    static String id(String value) {
        if (value == null || value.isBlank() || value.length() > MAX_ID) {
            throw new RoutingRefusal("invalid_request", "Falta el identificador o no es válido.");
        }
        return value;
    }
}
