package es.madrid.linea.channels.webchat;

import es.madrid.linea.system.CibelesProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.simp.config.ChannelRegistration;
import org.springframework.messaging.simp.config.MessageBrokerRegistry;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.web.socket.config.annotation.EnableWebSocketMessageBroker;
import org.springframework.web.socket.config.annotation.StompEndpointRegistry;
import org.springframework.web.socket.config.annotation.WebSocketMessageBrokerConfigurer;

/**
 * STOMP over WebSocket for the web chat at {@code /ws/chat}: clients send to {@code /app/...}, the in-process broker
 * delivers {@code /topic/...} (swap for a broker relay such as RabbitMQ's STOMP plugin to run several instances).
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSocketMessageBroker
class WebChatSocketConfiguration implements WebSocketMessageBrokerConfigurer {

    static final String ENDPOINT = "/ws/chat";

    private final CibelesProperties properties;
    private final StompAccessPolicy accessPolicy;

    WebChatSocketConfiguration(CibelesProperties properties, StompAccessPolicy accessPolicy) {
        this.properties = properties;
        this.accessPolicy = accessPolicy;
    }

    @Override
    public void registerStompEndpoints(StompEndpointRegistry registry) {
        // A session's frames are handled one after another: two quick messages are recorded in the order sent.
        registry.setPreserveReceiveOrder(true);
        registry.addEndpoint(ENDPOINT)
                .setHandshakeHandler(new CitizenHandshakeHandler())
                .addInterceptors(new EndpointMarker(StompAccessPolicy.CITIZEN_ENDPOINT))
                .setAllowedOriginPatterns(properties.web().allowedOrigins().toArray(String[]::new));
    }

    @Override
    public void configureMessageBroker(MessageBrokerRegistry registry) {
        ThreadPoolTaskScheduler heartbeats = new ThreadPoolTaskScheduler();
        heartbeats.setPoolSize(1);
        heartbeats.setThreadNamePrefix("stomp-heartbeat-");
        heartbeats.initialize();
        // And pushed to each session in the order they were published (the log's order).
        registry.setPreservePublishOrder(true);
        registry.setApplicationDestinationPrefixes("/app");
        registry.setUserDestinationPrefix("/user");
        registry.enableSimpleBroker("/topic", "/queue")
                .setHeartbeatValue(new long[] {10_000, 10_000})
                .setTaskScheduler(heartbeats);
    }

    @Override
    public void configureClientInboundChannel(ChannelRegistration registration) {
        registration.interceptors(accessPolicy);
    }
}
