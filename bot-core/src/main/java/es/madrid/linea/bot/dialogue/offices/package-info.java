/**
 * Carmen's question about offices: the nearest Línea Madrid office to a postcode, district, address or shared
 * location, with its hours and what can be done there ({@link es.madrid.linea.bot.dialogue.offices.OfficeForm}).
 */
package es.madrid.linea.bot.dialogue.offices;
