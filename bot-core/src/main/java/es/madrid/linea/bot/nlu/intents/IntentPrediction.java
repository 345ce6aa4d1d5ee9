package es.madrid.linea.bot.nlu.intents;

import es.madrid.linea.bot.nlu.Intent;
import java.util.List;

/**
 * The intent classifier's answer: the intent it reports (out of scope when below the threshold), the full ranking
 * of calibrated probabilities, and whether the reported intent is confident enough to act on.
 */
public record IntentPrediction(Intent intent, List<Intent> ranking, boolean confident) {

    public IntentPrediction {
        ranking = List.copyOf(ranking);
    }
}
