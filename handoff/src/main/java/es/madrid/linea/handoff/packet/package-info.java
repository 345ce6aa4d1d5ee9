/**
 * The handoff packet: everything an agent needs so the citizen never repeats themselves, built by replaying the
 * conversation's event log (transcript, what the bot understood each turn, slots, procedures consulted with their
 * revisions, failed attempts, why and where it was handed over, the citizen's profile and priority, the channel)
 * plus the agents' private notes. It carries personal data: it is shown to agents and never logged.
 */
package es.madrid.linea.handoff.packet;
