/**
 * Hand-over to Línea Madrid agents: queues by group with skills and priority, agent presence and capacity, and the
 * packet an agent receives. Implements bot-core's handoff port; depends on bot-core only.
 */
package es.madrid.linea.handoff;
