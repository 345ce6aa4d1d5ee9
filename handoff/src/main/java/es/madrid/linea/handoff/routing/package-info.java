/**
 * Who takes which conversation, as plain rules with no framework and no clock of their own (every decision gets
 * "now"), so each rule is a unit test: agent groups with skills, the ordering of the queues (priority citizens
 * first, then the longest waiting), agent presence and capacity, offers to the longest-idle available agent and
 * re-offers when one is not accepted in time, opening hours, the expected wait, and the topic of a conversation.
 * The {@code desk} package drives these rules from the conversation log and the agents' commands.
 */
package es.madrid.linea.handoff.routing;
