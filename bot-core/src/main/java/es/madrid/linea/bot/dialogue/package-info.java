/**
 * The dialogue: given the conversation so far and the citizen's latest message, decide the events to record
 * (replies, slots, actions). {@link es.madrid.linea.bot.dialogue.Dialogue} is the port; {@link
 * es.madrid.linea.bot.dialogue.PolicyDialogue} implements it with small named {@link
 * es.madrid.linea.bot.dialogue.Policy} units asked in the order of {@link es.madrid.linea.bot.dialogue.Policies}
 * (forms, ask-back, small talk, procedure questions through {@link es.madrid.linea.bot.dialogue.ProcedureQuestions},
 * fallback), with every piece of state in the conversation's slots.
 */
package es.madrid.linea.bot.dialogue;
