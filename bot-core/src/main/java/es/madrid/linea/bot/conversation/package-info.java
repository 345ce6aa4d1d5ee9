/**
 * The conversation as an event log (Rasa's tracker invariant): {@link es.madrid.linea.bot.conversation.ConversationEvent}
 * is the vocabulary with short stable type names, {@link es.madrid.linea.bot.conversation.Conversation} is the state
 * rebuilt by replaying events, {@link es.madrid.linea.bot.conversation.ConversationStore} keeps them (in memory or
 * in a database), and {@link es.madrid.linea.bot.conversation.ConversationService} runs one turn at a time per
 * conversation, stores the citizen's message before anything else and answers a repeated message id with the
 * original replies. Clock and ids are injected so that replays are deterministic.
 */
package es.madrid.linea.bot.conversation;
