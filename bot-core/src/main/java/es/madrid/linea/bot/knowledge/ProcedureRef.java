package es.madrid.linea.bot.knowledge;

/** A procedure an answer relied on: its catalogue id, the published revision read, and the search score. */
public record ProcedureRef(String id, long revision, double score) {}
