/**
 * A minimal STOMP 1.2 client over the JDK's WebSocket client, as the load generators need it: connect with
 * heart-beats, subscribe, send JSON, receive frames. Kept to the JDK so that thousands of connections cost the load
 * process little and every frame's timing is under the suite's control.
 */
package es.madrid.linea.bench.stomp;
