package es.madrid.linea.bot.conversation;

import java.time.Instant;

/**
 * What identifies a conversation outside its log.
 *
 * @param citizenKey a stable, pseudonymous key of the citizen on their channel (e.g. a hash of the WhatsApp wa_id) so a
 *     later message continues the same conversation; null on the web chat, where the client keeps the id
 */
public record ConversationHeader(String id, Channel channel, String citizenKey, Instant createdAt) {}
