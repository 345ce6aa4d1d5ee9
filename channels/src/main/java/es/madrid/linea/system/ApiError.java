package es.madrid.linea.system;

/** The error body of the public API: a stable code and a human explanation (Spanish where a citizen may read it). */
public record ApiError(String error, String message) {}
