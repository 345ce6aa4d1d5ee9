/**
 * From Cibeles to the citizen's phone: the bot's and agents' messages of WhatsApp conversations are rendered as
 * Graph API messages (text, reply buttons, lists, location requests, templates), queued in a database outbox keyed by
 * conversation event, and sent in order per citizen, paced to the number's limits, retried with backoff only where
 * WhatsApp certainly did not take the message, and followed by their delivery statuses. Depends on bot-core and the
 * channel's root package only.
 */
package es.madrid.linea.channels.whatsapp.outbound;
