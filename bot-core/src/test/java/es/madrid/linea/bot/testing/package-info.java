/**
 * Test fixtures shared with the other modules through bot-core's test jar: a clock that moves on command, sequential
 * ids, procedures written as code, and the store contract every {@code ConversationStore} adapter must pass.
 */
package es.madrid.linea.bot.testing;
