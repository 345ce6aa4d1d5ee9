/**
 * The conversations API under load (scenario 4): closed-loop HTTP clients sending citizen messages. Uses the suite's
 * load and report packages.
 */
package es.madrid.linea.bench.api;
