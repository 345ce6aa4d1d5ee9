/**
 * The deployable application: the composition root that wires bot-core, knowledge-base, handoff and the channels.
 * Feature packages sit below it ({@code channels.api}, {@code channels.webchat}...); cross-cutting configuration
 * (security, persistence, logging, properties) sits in {@code system}.
 */
package es.madrid.linea;
