/**
 * Handoff delivery (scenario 6, switched on when the service has the agent console): an agent on {@code /ws/agent}
 * and citizens asking for a person, timed from the request to the agent's packet and from the agent's reply to the
 * citizen's screen. Uses the suite's STOMP client, citizen API and report packages.
 */
package es.madrid.linea.bench.handoff;
