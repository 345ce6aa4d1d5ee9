package es.madrid.linea.bot.nlu.intents;

/** A text and the intent it expresses: a training phrase or a dev-set row. */
public record LabelledText(String text, String intent) {}
