/**
 * The agent console: the Spanish web page served at {@code /console/}, the STOMP endpoint {@code /ws/agent} it talks
 * to (signed-in agents and supervisors only, same origin by default), the commands agents send to {@code
 * /app/agent/...}, the pushes they receive on their own user queues ({@code /user/queue/agent.*}), and the REST
 * endpoints under {@code /api/v1/handoff} (queues, the agent's desk, a conversation's packet and events to catch up
 * after reconnecting). Everything here is a thin adapter over the desk.
 */
package es.madrid.linea.handoff.console;
