/**
 * The back-office systems behind the bot-core ports: alerts (an embedded registry that also serves Open311, or an
 * Open311 client), appointments (an embedded calendar, or a Qmatic client) and reminders (an embedded outbox, an
 * Altiria SMS sender, web reminders in the conversation). Each feature package holds its adapters, HTTP endpoints
 * and wiring; {@code remote} is how every external call gets its timeout, retries and circuit breaker, and {@code
 * pending} keeps what an external system did not answer and retries it in the background; this package holds what they all use (the
 * background job, the API's time format). Depends on bot-core and
 * Spring; nothing under {@code es.madrid.linea.channels} depends on it, they meet through the ports.
 */
package es.madrid.linea.backoffice;
