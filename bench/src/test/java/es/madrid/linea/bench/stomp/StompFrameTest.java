package es.madrid.linea.bench.stomp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class StompFrameTest {

    @Test
    void aSendFrameIsEncodedAsStomp12WithItsBodyAndNul() {
        String wire = StompFrame.of("SEND", "destination", "/app/conversations/abc/messages")
                .withBody("{\"text\":\"hola\"}", "application/json")
                .encode();

        assertThat(wire)
                .isEqualTo("SEND\ndestination:/app/conversations/abc/messages\ncontent-type:application/json\n\n"
                        + "{\"text\":\"hola\"}\0");
    }

    @Test
    void headerValuesAreEscapedAndUnescaped() {
        String wire = StompFrame.of("MESSAGE", "note", "a:b\nc\\d").encode();

        assertThat(wire).contains("note:a\\cb\\nc\\\\d\n");
        assertThat(StompFrame.decodeAll(wire).get(0).header("note")).isEqualTo("a:b\nc\\d");
    }

    @Test
    void heartBeatsAndSeveralFramesInOneMessageAreSplit() {
        String message = "\n\nMESSAGE\ndestination:/topic/conversations.x\nsubscription:sub-1\n\n{\"type\":\"bot\"}\0\n"
                + "RECEIPT\nreceipt-id:r-1\n\n\0";

        List<StompFrame> frames = StompFrame.decodeAll(message);

        assertThat(frames).extracting(StompFrame::command).containsExactly("MESSAGE", "RECEIPT");
        assertThat(frames.get(0).header("destination")).isEqualTo("/topic/conversations.x");
        assertThat(frames.get(0).body()).isEqualTo("{\"type\":\"bot\"}");
        assertThat(frames.get(1).header("receipt-id")).isEqualTo("r-1");
        assertThat(StompFrame.decodeAll("\n")).isEmpty();
    }

    @Test
    void whenAHeaderRepeatsTheFirstValueCounts() {
        StompFrame frame =
                StompFrame.decodeAll("MESSAGE\nfoo:first\nfoo:second\n\n\0").get(0);

        assertThat(frame.header("foo")).isEqualTo("first");
    }

    @Test
    void aFrameWithoutItsTerminatorIsRefused() {
        assertThatThrownBy(() -> StompFrame.decodeAll("MESSAGE\n\nbody"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("NUL");
    }
}
