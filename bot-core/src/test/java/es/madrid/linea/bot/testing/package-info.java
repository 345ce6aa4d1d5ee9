/**
 * Test fixtures shared with the other modules through bot-core's test jar: a clock that moves on command, sequential
 * ids, procedures written as code, a small office calendar, a recording reminder sender, and the contracts every
 * adapter of a port must pass ({@code ConversationStoreContract}, {@code AlertsDeskContract}, {@code
 * AppointmentBookContract}, {@code NotificationsContract}, {@code ReminderStoreContract}).
 */
package es.madrid.linea.bot.testing;
