/**
 * Handing the conversation to a person: the {@link es.madrid.linea.bot.handoff.HandoffDesk} port (where a handoff
 * goes, whether anyone can take it now, the citizen's place in the queue, callback tasks) and the dialogue policy
 * that decides when the bot steps aside ({@link es.madrid.linea.bot.handoff.HandoffDialogue}, a decorator around
 * any {@code Dialogue} with its named triggers). Every handoff is recorded as a {@code HandoffRequested} event in the
 * log; the handoff module routes it to agents. Framework-free, like the rest of bot-core.
 */
package es.madrid.linea.bot.handoff;
