package es.madrid.linea.handoff.actions;

/**
 * A free time as the console shows it.
 *
 * @param start what the console sends back to book it: ISO-8601 with the offset of Madrid
 * @param label how a Spanish speaker says it, e.g. "martes 1 de diciembre a las 9:30"
 */
public record SlotChoice(String start, String label) {}
