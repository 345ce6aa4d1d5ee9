/**
 * What the benchmark suite ({@code bench/run}) needs inside the service, off by default: the raw STOMP echo that
 * gives the server stack's own limit. Depends on Spring's messaging only; nothing in the product uses it.
 */
package es.madrid.linea.channels.bench;
