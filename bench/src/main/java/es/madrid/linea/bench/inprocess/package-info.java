/**
 * The in-process bot turn (scenario 1) with JMH: the benchmark starts the service from its own jar's classes and
 * Spring wiring inside the forked JVM and measures {@code ConversationService.handle}; the scenario runs JMH and
 * reports its sampled percentiles. Uses bot-core's API and Spring Boot's launcher at compile time only.
 */
package es.madrid.linea.bench.inprocess;
