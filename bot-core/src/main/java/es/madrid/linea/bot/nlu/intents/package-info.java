/**
 * The intent classifier: training phrases and the out-of-scope corpus, model training, calibration and the two thresholds (out of scope, confident) tuned on dev data.
 */
package es.madrid.linea.bot.nlu.intents;
