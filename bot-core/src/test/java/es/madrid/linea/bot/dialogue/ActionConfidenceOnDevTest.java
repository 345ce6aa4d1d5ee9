package es.madrid.linea.bot.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import es.madrid.linea.bot.nlu.Intent;
import es.madrid.linea.bot.nlu.Understanding;
import es.madrid.linea.bot.nlu.intents.LabelledText;
import es.madrid.linea.bot.nlu.trained.TrainedUnderstanding;
import es.madrid.linea.bot.nlu.training.IntentDevSet;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * How {@link Turn#ACTION_CONFIDENCE} was chosen, on the dev set only (kb-content/eval/intents-dev.jsonl): for each
 * candidate threshold it prints how many messages predicted as an action intent would be acted on, how many of those
 * are wrong (the bot would start the wrong action) and how many right ones would be asked back (one more step for
 * the citizen). The test guards the chosen value: fewer wrong actions than trusting the understanding's own
 * threshold, and at most a tenth of the right ones asked back. Run: {@code ./mvnw -B -q -pl bot-core -am test -Dtest=ActionConfidenceOnDevTest
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class ActionConfidenceOnDevTest {

    private static final Path DEV = Path.of("..", "kb-content", "eval", "intents-dev.jsonl");
    private static final ZonedDateTime NOW = ZonedDateTime.parse("2026-11-29T10:00:00+01:00");

    /** Each dev message predicted as an action intent: whether it was right and the calibrated confidence. */
    private record Predicted(boolean right, double confidence, boolean confident) {}

    private static final List<Predicted> PREDICTED = new ArrayList<>();

    @BeforeAll
    static void classifyTheDevSet() {
        TrainedUnderstanding understanding = TrainedUnderstanding.fromClasspath();
        for (LabelledText row : IntentDevSet.read(DEV)) {
            Understanding understood = understanding.parse(row.text(), NOW);
            Intent best = understood.intent();
            if (Turn.ACTION_INTENTS.contains(best.name())) {
                PREDICTED.add(
                        new Predicted(best.name().equals(row.intent()), best.confidence(), understood.confident()));
            }
        }
    }

    @Test
    void theChosenThresholdActsOnNoWrongIntentAndAsksBackFewRightOnes() {
        System.out.println("action threshold sweep on intents-dev.jsonl (" + PREDICTED.size()
                + " messages predicted as an action intent)");
        System.out.println("threshold  acted  wrong-acted  right-asked-back");
        for (double t = 0.5; t <= 0.951; t += 0.05) {
            Figures f = at(t);
            System.out.printf(Locale.ROOT, "%9.2f  %5d  %11d  %16d%n", t, f.acted, f.wrongActed, f.rightAskedBack);
        }
        Figures chosen = at(Turn.ACTION_CONFIDENCE);
        System.out.printf(
                Locale.ROOT,
                "chosen %.2f: acted %d, wrong %d, right asked back %d of %d%n",
                Turn.ACTION_CONFIDENCE,
                chosen.acted,
                chosen.wrongActed,
                chosen.rightAskedBack,
                chosen.right);
        assertThat(chosen.wrongActed).isLessThan(at(0).wrongActed);
        assertThat(chosen.rightAskedBack).isLessThanOrEqualTo(chosen.right / 10);
    }

    private record Figures(int acted, int wrongActed, int rightAskedBack, int right) {}

    private static Figures at(double threshold) {
        int acted = 0;
        int wrong = 0;
        int askedBack = 0;
        int right = 0;
        for (Predicted p : PREDICTED) {
            boolean acts = p.confident() && p.confidence() >= threshold;
            if (p.right()) {
                right++;
            }
            if (acts) {
                acted++;
                if (!p.right()) {
                    wrong++;
                }
            } else if (p.right()) {
                askedBack++;
            }
        }
        return new Figures(acted, wrong, askedBack, right);
    }
}
