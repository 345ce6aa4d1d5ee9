/**
 * The Avisos Madrid category classifier: real reports, the service catalogue, training on the train split and tuning on the dev split (category-size correction and temperature).
 */
package es.madrid.linea.bot.nlu.incidents;
