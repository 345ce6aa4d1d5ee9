package es.madrid.linea.bot.nlu;

/** An Avisos Madrid service (incident category) that a description may belong to, with a confidence. */
public record IncidentCategory(String serviceId, String name, double confidence) {}
