package es.madrid.linea.bench.webchat;

import es.madrid.linea.bench.load.LatencyRecorder;

/** One stretch of closed-loop turns with one protocol; citizens stop starting turns once it is stopped. */
final class Phase {

    private final TurnProtocol protocol;
    private final LatencyRecorder recorder;
    private volatile boolean running = true;

    Phase(TurnProtocol protocol, LatencyRecorder recorder) {
        this.protocol = protocol;
        this.recorder = recorder;
    }

    TurnProtocol protocol() {
        return protocol;
    }

    LatencyRecorder recorder() {
        return recorder;
    }

    boolean running() {
        return running;
    }

    void stop() {
        running = false;
    }
}
