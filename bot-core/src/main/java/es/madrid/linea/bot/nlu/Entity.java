package es.madrid.linea.bot.nlu;

/**
 * A fact found in the citizen's text: its type ({@code date}, {@code address}, {@code dni}...), its normalised value,
 * and where it was written ({@code start} inclusive, {@code end} exclusive, in chars of the original text).
 */
public record Entity(String type, String value, String text, int start, int end) {}
