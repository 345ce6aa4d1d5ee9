package es.madrid.linea.handoff.actions;

/** A procedure the agent can book an appointment for, as the console lists it. */
public record ProcedureChoice(String id, String title) {}
