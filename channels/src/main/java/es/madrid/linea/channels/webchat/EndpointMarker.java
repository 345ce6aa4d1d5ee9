package es.madrid.linea.channels.webchat;

import java.util.Map;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.server.HandshakeInterceptor;

/**
 * Marks each WebSocket session with the endpoint it connected through, so the access policy can tell a citizen's
 * connection from an agent's on the shared broker.
 */
public final class EndpointMarker implements HandshakeInterceptor {

    private final String endpoint;

    public EndpointMarker(String endpoint) {
        this.endpoint = endpoint;
    }

    @Override
    public boolean beforeHandshake(
            ServerHttpRequest request,
            ServerHttpResponse response,
            WebSocketHandler handler,
            Map<String, Object> attributes) {
        attributes.put(StompAccessPolicy.ENDPOINT_ATTRIBUTE, endpoint);
        return true;
    }

    @Override
    public void afterHandshake(
            ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler, Exception failure) {}
}
