/**
 * The WhatsApp channel over Meta's WhatsApp Business Cloud API: a signed webhook in ({@code webhook}), the Graph send
 * API out ({@code outbound}), and what both share here: the channel's settings, the pseudonymous citizen key derived
 * from the wa_id and the contact table that keeps the real number where replying needs it. It talks to the rest of
 * Cibeles only through bot-core ({@code ConversationService}, {@code ConversationStore}, {@code ConversationListener})
 * and is wired only when {@code cibeles.whatsapp.*} is configured.
 */
package es.madrid.linea.channels.whatsapp;
