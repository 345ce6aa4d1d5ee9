package es.madrid.linea.testing;

import java.lang.reflect.Type;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.springframework.messaging.converter.JacksonJsonMessageConverter;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompFrameHandler;
import org.springframework.messaging.simp.stomp.StompHeaders;
import org.springframework.messaging.simp.stomp.StompSession;
import org.springframework.messaging.simp.stomp.StompSessionHandlerAdapter;
import org.springframework.web.socket.WebSocketHttpHeaders;
import org.springframework.web.socket.client.standard.StandardWebSocketClient;
import org.springframework.web.socket.messaging.WebSocketStompClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A real STOMP-over-WebSocket client, as a browser or a load generator would connect. */
public final class StompTestClient implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final WebSocketStompClient client;
    private final StompSession session;
    private final BlockingQueue<String> errors;

    private StompTestClient(WebSocketStompClient client, StompSession session, BlockingQueue<String> errors) {
        this.client = client;
        this.session = session;
        this.errors = errors;
    }

    public static StompTestClient connect(String url, WebSocketHttpHeaders headers) throws Exception {
        WebSocketStompClient client = new WebSocketStompClient(new StandardWebSocketClient());
        client.setMessageConverter(new JacksonJsonMessageConverter());
        BlockingQueue<String> errors = new LinkedBlockingQueue<>();
        CompletableFuture<StompSession> connected = client.connectAsync(url, headers, new StompSessionHandlerAdapter() {
            @Override
            public void handleException(
                    StompSession s, StompCommand command, StompHeaders h, byte[] payload, Throwable e) {
                errors.add(String.valueOf(e));
            }

            @Override
            public void handleFrame(StompHeaders h, Object payload) {
                errors.add("ERROR " + h.getFirst("message"));
            }

            @Override
            public void handleTransportError(StompSession s, Throwable e) {
                errors.add("transport " + e);
            }
        });
        StompSession session = connected.get(10, TimeUnit.SECONDS);
        return new StompTestClient(client, session, errors);
    }

    public static StompTestClient connect(String url) throws Exception {
        return connect(url, new WebSocketHttpHeaders());
    }

    /** Subscribes and collects every JSON message that arrives on the destination. */
    public BlockingQueue<JsonNode> subscribe(String destination) {
        BlockingQueue<JsonNode> received = new LinkedBlockingQueue<>();
        session.subscribe(destination, new StompFrameHandler() {
            @Override
            public Type getPayloadType(StompHeaders headers) {
                return JsonNode.class;
            }

            @Override
            public void handleFrame(StompHeaders headers, Object payload) {
                received.add((JsonNode) payload);
            }
        });
        return received;
    }

    public void send(String destination, String json) {
        StompHeaders headers = new StompHeaders();
        headers.setDestination(destination);
        headers.setContentType(org.springframework.util.MimeTypeUtils.APPLICATION_JSON);
        session.send(headers, JSON.readTree(json));
    }

    public boolean isConnected() {
        return session.isConnected();
    }

    /** ERROR frames and transport failures seen so far. */
    public BlockingQueue<String> errors() {
        return errors;
    }

    /** Waits for the next message on a queue returned by {@link #subscribe}. */
    public static JsonNode next(BlockingQueue<JsonNode> queue) throws InterruptedException {
        JsonNode message = queue.poll(10, TimeUnit.SECONDS);
        if (message == null) {
            throw new AssertionError("no message within 10 s");
        }
        return message;
    }

    @Override
    public void close() {
        try {
            if (session.isConnected()) {
                session.disconnect();
            }
        } catch (RuntimeException alreadyClosedByTheServer) {
            // The server closes a session after an ERROR frame; there is nothing left to disconnect.
        } finally {
            client.stop();
        }
    }
}
