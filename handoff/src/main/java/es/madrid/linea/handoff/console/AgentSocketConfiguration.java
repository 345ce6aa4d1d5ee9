package es.madrid.linea.handoff.console;

import es.madrid.linea.handoff.HandoffSettings;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.socket.config.annotation.StompEndpointRegistry;
import org.springframework.web.socket.config.annotation.StompWebSocketEndpointRegistration;
import org.springframework.web.socket.config.annotation.WebSocketMessageBrokerConfigurer;

/**
 * The agents' STOMP endpoint {@code /ws/agent} on the application's broker. The handshake carries the agent's
 * sign-in (the console's session, or HTTP Basic); the origin must be the console's own unless configured otherwise,
 * so another site cannot open a socket with an agent's cookie.
 */
@Configuration(proxyBeanMethods = false)
class AgentSocketConfiguration implements WebSocketMessageBrokerConfigurer {

    static final String ENDPOINT = "/ws/agent";

    private final HandoffSettings settings;

    AgentSocketConfiguration(HandoffSettings settings) {
        this.settings = settings;
    }

    @Override
    public void registerStompEndpoints(StompEndpointRegistry registry) {
        StompWebSocketEndpointRegistration endpoint =
                registry.addEndpoint(ENDPOINT).addInterceptors(new AgentHandshake());
        if (!settings.allowedOrigins().isEmpty()) {
            endpoint.setAllowedOriginPatterns(settings.allowedOrigins().toArray(String[]::new));
        }
    }
}
