package es.madrid.linea.handoff.desk;

/** A ready-made reply in the console: a short title for the list and the text the citizen receives. */
public record CannedReply(String title, String text) {}
