/**
 * Language understanding: what the citizen wants (intent with a confidence and a ranking), the facts they give
 * (entities with normalised values) and, for incident reports, the Avisos Madrid categories their description fits.
 * {@link es.madrid.linea.bot.nlu.LanguageUnderstanding} is the port the conversation uses.
 */
package es.madrid.linea.bot.nlu;
