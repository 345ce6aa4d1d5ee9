package es.madrid.linea.handoff.console;

import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.server.HandshakeInterceptor;

/**
 * Lets only signed-in agents and supervisors open the agent socket, and marks their sessions as agents' so the desk
 * counts their consoles. The HTTP security already refuses anonymous requests; this holds even if it were
 * misconfigured.
 */
final class AgentHandshake implements HandshakeInterceptor {

    static final String AGENT_ATTRIBUTE = "cibeles.handoff.agent";

    @Override
    public boolean beforeHandshake(
            ServerHttpRequest request,
            ServerHttpResponse response,
            WebSocketHandler handler,
            Map<String, Object> attributes) {
        return StaffMember.of(request.getPrincipal())
                .map(member -> {
                    attributes.put(AGENT_ATTRIBUTE, member.name());
                    return true;
                })
                .orElseGet(() -> {
                    response.setStatusCode(HttpStatus.FORBIDDEN);
                    return false;
                });
    }

    @Override
    public void afterHandshake(
            ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler, Exception failure) {}
}
