/**
 * The benchmark suite of Cibeles ({@code ./bench/run}): the run and its profiles. Scenarios live in their own
 * packages (web chat and echo, conversations API, WhatsApp, in-process JMH, start-up in {@code service}); the suite
 * measures the real service jar from outside, over loopback, and never links to the application's classes except
 * through bot-core's API in the in-process benchmark.
 */
package es.madrid.linea.bench;
