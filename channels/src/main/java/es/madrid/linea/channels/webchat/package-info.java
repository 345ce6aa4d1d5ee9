/**
 * The madrid.es web chat: the STOMP-over-WebSocket endpoint {@code /ws/chat} with the same conversation model as the
 * HTTP API, the publisher that pushes each new event to {@code /topic/conversations.<id>}, and the page and
 * embeddable widget served as static resources.
 */
package es.madrid.linea.channels.webchat;
