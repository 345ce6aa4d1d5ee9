/**
 * Street-incident alerts (avisos): the {@link es.madrid.linea.bot.alerts.AlertsDesk} port through which the bot
 * files an alert in the council's alerts system and asks for its status, the records it speaks in, and an in-memory
 * desk for tests. The adapters (an embedded registry, an Open311 GeoReport v2 client) live in the application.
 * Depends on {@code backoffice} (outcomes) and {@code geo}.
 */
package es.madrid.linea.bot.alerts;
