package es.madrid.linea.bench.stomp;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * A STOMP client connection over the JDK's WebSocket client, as the web chat widget opens one: STOMP 1.2 with
 * 10-second heart-beats both ways. Sends are queued so at most one is in flight, as the WebSocket API requires;
 * every frame the server sends is handed to one consumer, in order.
 */
public final class StompSession implements WebSocket.Listener {

    /** The heart-beat the widget (stompjs) asks for, in milliseconds, both ways. */
    public static final int HEART_BEAT_MILLIS = 10_000;

    private final Consumer<StompFrame> frames;
    private final StringBuilder partial = new StringBuilder();
    private final CompletableFuture<StompFrame> connected = new CompletableFuture<>();
    private final AtomicInteger subscriptions = new AtomicInteger();
    private CompletableFuture<WebSocket> sending;
    private volatile boolean closed;

    private StompSession(Consumer<StompFrame> frames) {
        this.frames = frames;
    }

    /**
     * Opens the WebSocket, sends CONNECT and completes once the server answers CONNECTED.
     *
     * @param headers extra handshake headers, e.g. {@code Origin} or {@code Authorization}
     * @param frames receives every MESSAGE, RECEIPT and ERROR frame after CONNECTED
     */
    public static CompletableFuture<StompSession> connect(
            HttpClient client, URI endpoint, Map<String, String> headers, Consumer<StompFrame> frames) {
        StompSession session = new StompSession(frames);
        WebSocket.Builder builder = client.newWebSocketBuilder()
                .connectTimeout(Duration.ofSeconds(10))
                .subprotocols("v12.stomp");
        headers.forEach(builder::header);
        return builder.buildAsync(endpoint, session).thenCompose(socket -> {
            synchronized (session) {
                session.sending = CompletableFuture.completedFuture(socket);
            }
            session.send(StompFrame.of(
                    "CONNECT",
                    "accept-version",
                    "1.2",
                    "host",
                    endpoint.getHost(),
                    "heart-beat",
                    HEART_BEAT_MILLIS + "," + HEART_BEAT_MILLIS));
            return session.connected.thenApply(frame -> session);
        });
    }

    /** Subscribes and returns the subscription id. */
    public String subscribe(String destination) {
        String id = "sub-" + subscriptions.getAndIncrement();
        send(StompFrame.of("SUBSCRIBE", "id", id, "destination", destination));
        return id;
    }

    public void unsubscribe(String id) {
        send(StompFrame.of("UNSUBSCRIBE", "id", id));
    }

    /** Sends a JSON body to a destination. */
    public CompletableFuture<WebSocket> send(String destination, String json) {
        return send(StompFrame.of("SEND", "destination", destination).withBody(json, "application/json"));
    }

    /** A heart-beat: one line end, so the server knows the client is alive. */
    public void heartBeat() {
        sendText("\n");
    }

    public boolean isOpen() {
        return !closed;
    }

    public CompletableFuture<WebSocket> send(StompFrame frame) {
        return sendText(frame.encode());
    }

    private synchronized CompletableFuture<WebSocket> sendText(String text) {
        if (closed) {
            return CompletableFuture.failedFuture(new IllegalStateException("session closed"));
        }
        sending = sending.thenCompose(socket -> socket.sendText(text, true));
        sending.whenComplete((socket, failure) -> {
            if (failure != null) {
                closed = true;
            }
        });
        return sending;
    }

    /** Sends DISCONNECT and closes the WebSocket; does not wait for the server. */
    public void close() {
        CompletableFuture<WebSocket> last;
        synchronized (this) {
            if (closed || sending == null) {
                closed = true;
                return;
            }
            last = sending.thenCompose(socket ->
                            socket.sendText(StompFrame.of("DISCONNECT").encode(), true))
                    .thenCompose(socket -> socket.sendClose(WebSocket.NORMAL_CLOSURE, ""));
            closed = true;
        }
        last.exceptionally(failure -> null);
    }

    @Override
    public void onOpen(WebSocket socket) {
        socket.request(1);
    }

    @Override
    public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            String message = partial.toString();
            partial.setLength(0);
            for (StompFrame frame : StompFrame.decodeAll(message)) {
                if ("CONNECTED".equals(frame.command())) {
                    connected.complete(frame);
                } else {
                    if ("ERROR".equals(frame.command()) && !connected.isDone()) {
                        connected.completeExceptionally(
                                new IllegalStateException("STOMP CONNECT refused: " + frame.header("message")));
                    }
                    frames.accept(frame);
                }
            }
        }
        socket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket socket, int statusCode, String reason) {
        closed = true;
        connected.completeExceptionally(new IllegalStateException("closed: " + statusCode + " " + reason));
        return null;
    }

    @Override
    public void onError(WebSocket socket, Throwable error) {
        closed = true;
        connected.completeExceptionally(error);
    }
}
