/**
 * Entity extraction per spec section 5: one extractor per type (dates, times, addresses, postcodes, districts, DNI/NIE, phones, e-mails, alert codes) and EntityExtraction, which runs them all and resolves overlaps. Rules, not models: each value is normalised exactly as the parse API promises.
 */
package es.madrid.linea.bot.nlu.entities;
