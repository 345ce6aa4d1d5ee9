/**
 * TrainedUnderstanding, the product's LanguageUnderstanding: entities, intent with calibrated confidence and out-of-scope decision, and Avisos categories, from the models packaged with bot-core.
 */
package es.madrid.linea.bot.nlu.trained;
