/**
 * The {@link es.madrid.linea.bot.conversation.ConversationStore} on plain JDBC (H2 by default, PostgreSQL in
 * production), with its schema in {@code db/migration/core}. Optimistic concurrency on the conversation's last
 * sequence number keeps the log ordered even with several instances; a unique index on the client message id makes
 * idempotency hold in the database, not just in memory.
 */
package es.madrid.linea.bot.conversation.jdbc;
