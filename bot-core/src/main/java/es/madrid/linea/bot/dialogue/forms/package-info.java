/**
 * Forms: the facts an action needs, gathered over several messages. A {@link es.madrid.linea.bot.dialogue.forms.Form}
 * says what it needs, how to read it and what to do; {@link es.madrid.linea.bot.dialogue.forms.FormPolicy} runs every
 * form the same way (ask only what is missing, several facts at once, confirm, correct, cancel, help, digress), keeping
 * the form's state in the conversation's slots so it survives a restart.
 */
package es.madrid.linea.bot.dialogue.forms;
