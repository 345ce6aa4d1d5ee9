package es.madrid.linea.bot.nlu.intents;

/**
 * The two decisions taken on the calibrated confidence of the best intent, both tuned on dev data when the model is
 * built (never guessed, never on test data).
 *
 * @param outOfScope below this, the message is out of scope whatever intent came first: the classifier is not sure
 *     it is anything the council does
 * @param confident at or above this, the dialogue may act on the intent; below it, it should ask back or offer the
 *     top intents as options
 */
public record IntentThresholds(double outOfScope, double confident) {

    public IntentThresholds {
        if (outOfScope < 0 || outOfScope > 1 || confident < 0 || confident > 1) {
            throw new IllegalArgumentException("thresholds are probabilities, between 0 and 1");
        }
    }
}
