package es.madrid.linea.handoff;

import java.lang.reflect.Type;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
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

/**
 * A real STOMP-over-WebSocket client (Spring's {@link WebSocketStompClient}) for tests: connects as an agent (HTTP
 * Basic on the handshake) or as a citizen, keeps what arrives on each subscription in order, and what the server
 * refused (ERROR frames).
 */
public final class StompTestClient implements AutoCloseable {

    public static final Duration WAIT = Duration.ofSeconds(10);

    private final WebSocketStompClient client;
    private final StompSession session;
    private final Map<String, BlockingQueue<JsonNode>> received = new ConcurrentHashMap<>();
    private final BlockingQueue<String> errors;
    private final Handler handler;

    private StompTestClient(WebSocketStompClient client, StompSession session, Handler handler) {
        this.client = client;
        this.session = session;
        this.handler = handler;
        this.errors = handler.errors;
    }

    public static StompTestClient agent(int port, String user, String password) {
        WebSocketHttpHeaders headers = new WebSocketHttpHeaders();
        headers.add("Authorization", basic(user, password));
        return connect(URI.create("ws://localhost:" + port + "/ws/agent"), headers);
    }

    public static StompTestClient citizen(int port) {
        return connect(URI.create("ws://localhost:" + port + "/ws/chat"), new WebSocketHttpHeaders());
    }

    /** Connects, or throws what the server answered (a refused handshake, a closed connection). */
    public static StompTestClient connect(URI uri, WebSocketHttpHeaders headers) {
        WebSocketStompClient client = new WebSocketStompClient(new StandardWebSocketClient());
        client.setMessageConverter(new JacksonJsonMessageConverter());
        Handler handler = new Handler();
        try {
            StompSession session = client.connectAsync(uri, headers, new StompHeaders(), handler)
                    .get(WAIT.toSeconds(), TimeUnit.SECONDS);
            return new StompTestClient(client, session, handler);
        } catch (Exception e) {
            client.stop();
            throw new IllegalStateException("could not connect to " + uri, e);
        }
    }

    public static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public void subscribe(String destination) {
        BlockingQueue<JsonNode> queue = received.computeIfAbsent(destination, d -> new LinkedBlockingQueue<>());
        session.subscribe(destination, new StompFrameHandler() {
            @Override
            public Type getPayloadType(StompHeaders headers) {
                return JsonNode.class;
            }

            @Override
            public void handleFrame(StompHeaders headers, Object payload) {
                queue.add((JsonNode) payload);
            }
        });
    }

    public void send(String destination, Object body) {
        session.send(destination, body);
    }

    /** The next message on a subscription that matches, skipping (and dropping) the ones that do not. */
    public JsonNode await(String destination, Predicate<JsonNode> matching) {
        BlockingQueue<JsonNode> queue = received.get(destination);
        long deadline = System.nanoTime() + WAIT.toNanos();
        try {
            while (System.nanoTime() < deadline) {
                JsonNode next = queue.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
                if (next != null && matching.test(next)) {
                    return next;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new AssertionError("nothing matching arrived on " + destination + " within " + WAIT);
    }

    /** Everything received on a subscription so far, in order, without waiting. */
    public List<JsonNode> drain(String destination) {
        List<JsonNode> all = new ArrayList<>();
        received.get(destination).drainTo(all);
        return all;
    }

    /** The message of the next ERROR frame the server sent (it closes the connection after it). */
    public String awaitError() {
        try {
            String error = errors.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
            if (error == null) {
                throw new AssertionError("the server refused nothing within " + WAIT);
            }
            return error;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    public boolean connected() {
        return session.isConnected() && !handler.lost;
    }

    @Override
    public void close() {
        if (session.isConnected()) {
            session.disconnect();
        }
        client.stop();
    }

    private static final class Handler extends StompSessionHandlerAdapter {
        private final BlockingQueue<String> errors = new LinkedBlockingQueue<>();
        private volatile boolean lost;

        @Override
        public Type getPayloadType(StompHeaders headers) {
            return byte[].class;
        }

        @Override
        public void handleFrame(StompHeaders headers, Object payload) {
            errors.add(String.valueOf(headers.getFirst("message")));
        }

        @Override
        public void handleException(
                StompSession session, StompCommand command, StompHeaders headers, byte[] payload, Throwable failure) {
            if (command == StompCommand.ERROR) {
                errors.add(String.valueOf(headers.getFirst("message")));
            }
        }

        @Override
        public void handleTransportError(StompSession session, Throwable failure) {
            lost = true;
        }
    }
}
