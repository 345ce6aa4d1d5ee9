package es.madrid.linea.handoff.routing;

import java.time.Instant;

/** What a routing decision did, for the desk to tell the agents concerned. */
public sealed interface RoutingEvent {

    /** The conversation was offered to the agent, who must accept it before {@code expiresAt}. */
    record Offered(String agent, String conversationId, Instant expiresAt) implements RoutingEvent {}

    /** The offer is no longer the agent's (they did not accept in time, left, or someone else took it). */
    record OfferWithdrawn(String agent, String conversationId) implements RoutingEvent {}

    /** The agent let an offer expire and was set away, so the next conversations go to someone who is there. */
    record SetAway(String agent) implements RoutingEvent {}

    /** The agent took the conversation. */
    record Assigned(String agent, String conversationId) implements RoutingEvent {}
}
