/**
 * The agent console: the Spanish web page served at {@code /console/}, the STOMP endpoint {@code /ws/agent} it talks
 * to (signed-in agents and supervisors only, same origin by default), the commands agents send to {@code
 * /app/agent/...}, the pushes they receive on their own user queues ({@code /user/queue/agent.*}, and for supervisors
 * the live board on {@code /user/queue/supervisor.board}), and the REST endpoints under {@code /api/v1/handoff}
 * (queues, the agent's desk, the supervisor board, a conversation's packet and events to catch up after reconnecting,
 * and the prefilled forms of the actions for the citizen). Everything here is a thin adapter over the desk and the
 * actions.
 */
package es.madrid.linea.handoff.console;
