package es.madrid.linea.channels.webchat;

import java.security.Principal;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.server.support.DefaultHandshakeHandler;

/**
 * Citizens are anonymous, but each connection gets a random principal so the server can answer that connection alone
 * (errors on {@code /user/queue/errors}).
 */
final class CitizenHandshakeHandler extends DefaultHandshakeHandler {

    private final SecureRandom random = new SecureRandom();

    @Override
    protected Principal determineUser(
            ServerHttpRequest request, WebSocketHandler handler, Map<String, Object> attributes) {
        byte[] bytes = new byte[12];
        random.nextBytes(bytes);
        String name = "citizen-" + HexFormat.of().formatHex(bytes);
        return () -> name;
    }
}
