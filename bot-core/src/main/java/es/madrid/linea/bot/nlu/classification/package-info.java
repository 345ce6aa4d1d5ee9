/**
 * A small, dependency-free linear text classifier: hashed word and character n-gram features, multinomial logistic regression trained with AdaGrad, and temperature scaling for calibrated confidences. Knows nothing of intents or incidents.
 */
package es.madrid.linea.bot.nlu.classification;
