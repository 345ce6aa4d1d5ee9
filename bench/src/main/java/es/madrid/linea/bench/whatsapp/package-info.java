/**
 * The WhatsApp webhook under load (scenario 6, switched on when the service has the channel): Meta's delivery format
 * and signature, an open-loop sender at a fixed rate, and a loopback fake of the Graph send API for the replies.
 * Uses the JDK's HTTP client and server and the suite's load and report packages.
 */
package es.madrid.linea.bench.whatsapp;
