/**
 * From the citizen's phone to Cibeles: Meta's signed webhook, the inbox where every update is stored (keyed by wamid)
 * before the webhook answers, and the processor that afterwards takes each citizen's messages, in order, into their
 * conversation through bot-core's {@code ConversationService}, and each delivery status to the outbox. Depends on
 * bot-core, the channel's root package and its {@code outbound} package.
 */
package es.madrid.linea.channels.whatsapp.webhook;
