/**
 * Carlos's dialogue: reporting an incident in the street to the alerts system ({@link
 * es.madrid.linea.bot.dialogue.alerts.AlertForm}: category, place, description, photo; confirmed, then filed) and
 * asking how an alert is going by its code ({@link es.madrid.linea.bot.dialogue.alerts.AlertStatusForm}).
 */
package es.madrid.linea.bot.dialogue.alerts;
