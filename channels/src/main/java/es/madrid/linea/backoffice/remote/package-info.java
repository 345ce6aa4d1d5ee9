/**
 * How the application calls external systems over HTTP: {@link es.madrid.linea.backoffice.remote.RemoteSystem} gives
 * every call a connect and read timeout, retries with exponential backoff when that is safe (nothing was sent, or the
 * call may be repeated), and a circuit breaker per system; {@link es.madrid.linea.backoffice.remote.RemoteFailure}
 * says what a failure means for the request: surely not done, maybe done, refused or not found. Depends on
 * resilience4j and the JDK HTTP client only.
 */
package es.madrid.linea.backoffice.remote;
