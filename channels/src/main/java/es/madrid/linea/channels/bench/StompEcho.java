package es.madrid.linea.channels.bench;

import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.messaging.Message;
import org.springframework.messaging.handler.annotation.DestinationVariable;
import org.springframework.messaging.handler.annotation.MessageMapping;
import org.springframework.messaging.simp.SimpMessageSendingOperations;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.stereotype.Controller;
import org.springframework.util.MimeTypeUtils;

/**
 * The benchmark suite's raw STOMP echo: a message sent to {@code /app/conversations/{key}/echo} comes back unchanged
 * on {@code /topic/conversations.echo.{key}}, through the same endpoint, access policy, channels and broker as the
 * bot's answers but with no bot behind it, so the suite can measure the server stack's own limit in the same run.
 * Off unless {@code cibeles.bench.echo=true} (set by {@code bench/run} only): the echo topic can never be a
 * conversation's topic, because conversation ids have no dots.
 */
@Controller
@ConditionalOnProperty(name = StompEcho.PROPERTY, havingValue = "true")
class StompEcho {

    static final String PROPERTY = "cibeles.bench.echo";
    static final String TOPIC_PREFIX = "/topic/conversations.echo.";

    private static final Logger log = LoggerFactory.getLogger(StompEcho.class);
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private final SimpMessageSendingOperations broker;

    StompEcho(SimpMessageSendingOperations broker) {
        this.broker = broker;
        log.warn("{}=true: the benchmark's STOMP echo is on; never enable it in production", PROPERTY);
    }

    @MessageMapping("/conversations/{key}/echo")
    void echo(@DestinationVariable String key, Message<byte[]> message) {
        if (!KEY.matcher(key).matches()) {
            return;
        }
        broker.send(
                TOPIC_PREFIX + key,
                MessageBuilder.withPayload(message.getPayload())
                        .setHeader("contentType", MimeTypeUtils.APPLICATION_JSON)
                        .build());
    }
}
