/**
 * The web chat load (scenarios 2 and 3): simulated citizens with the chat open, each on its own STOMP connection to
 * {@code /ws/chat}, in a closed loop of message, answer and think time, against the bot and against the raw echo of
 * the same stack. Uses the suite's STOMP client, load and report packages.
 */
package es.madrid.linea.bench.webchat;
