/**
 * The dialogue: given the conversation so far and the citizen's latest message, decide the events to record
 * (replies, slots, actions). {@link es.madrid.linea.bot.dialogue.Dialogue} is the port; policies are small named
 * units behind it, such as {@link es.madrid.linea.bot.dialogue.ProcedureQuestions}, which answers questions about
 * procedures from the knowledge base.
 */
package es.madrid.linea.bot.dialogue;
