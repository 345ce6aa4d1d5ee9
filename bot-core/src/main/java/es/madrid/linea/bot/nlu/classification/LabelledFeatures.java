package es.madrid.linea.bot.nlu.classification;

/**
 * One training example: its distinct sorted features, its label and how much it counts (1 for a normal example; less
 * for a large borrowed corpus that must not drown the others).
 */
public record LabelledFeatures(long[] features, String label, double weight) {}
