package es.madrid.linea.bot.nlu;

/** An intent name of the catalogue (see {@link Intents}) with the classifier's calibrated confidence, 0 to 1. */
public record Intent(String name, double confidence) {}
