/**
 * The dialogue: given the conversation so far and the citizen's latest message, decide the events to record
 * (replies, slots, actions). {@link es.madrid.linea.bot.dialogue.Dialogue} is the port; policies are small named
 * units behind it.
 */
package es.madrid.linea.bot.dialogue;
