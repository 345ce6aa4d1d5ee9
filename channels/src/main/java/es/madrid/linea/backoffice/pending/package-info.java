/**
 * Requests to external back-office systems that must not be lost nor done twice. {@link
 * es.madrid.linea.backoffice.pending.KeptRequests} records every order under the caller's idempotency key before it
 * is sent (a repeated key gets the first answer), keeps what the system did not answer, and turns attempts into the
 * ports' outcomes; the {@link es.madrid.linea.backoffice.pending.KeptRequestRetrier} tries kept requests again in the
 * background with a growing delay, and after a day, or when the result cannot be known without a person, hands them
 * to people (the {@code review} list of the API). {@link es.madrid.linea.backoffice.pending.FollowUp} tells the
 * conversation what became of its request.
 */
package es.madrid.linea.backoffice.pending;
