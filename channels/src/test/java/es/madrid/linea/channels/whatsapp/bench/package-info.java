/**
 * The benchmark of the WhatsApp webhook: a load client that runs in its own process (JDK only) against a running
 * service, started by {@code scripts/bench-whatsapp-webhook.sh}. Not a test: it measures and prints.
 */
package es.madrid.linea.channels.whatsapp.bench;
