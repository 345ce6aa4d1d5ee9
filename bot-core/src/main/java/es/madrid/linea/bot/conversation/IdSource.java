package es.madrid.linea.bot.conversation;

/**
 * Port: new identifiers. Injected (never {@code UUID.randomUUID()} in the core) so that tests and replays are
 * deterministic. Conversation ids double as the citizen's access key to their conversation, so production ids must
 * be unguessable.
 */
@FunctionalInterface
public interface IdSource {

    String newId();
}
