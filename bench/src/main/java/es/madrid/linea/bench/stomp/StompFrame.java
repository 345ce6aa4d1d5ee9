package es.madrid.linea.bench.stomp;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One STOMP 1.2 frame: a command, headers and a text body. Encodes the frames a client sends and decodes what a
 * server sends, including several frames in one WebSocket message and heart-beats (bare line ends).
 */
public record StompFrame(String command, Map<String, String> headers, String body) {

    private static final char NUL = '\0';

    public StompFrame {
        headers = new LinkedHashMap<>(headers);
    }

    public static StompFrame of(String command, String... headerPairs) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 0; i + 1 < headerPairs.length; i += 2) {
            headers.put(headerPairs[i], headerPairs[i + 1]);
        }
        return new StompFrame(command, headers, "");
    }

    public StompFrame withBody(String text, String contentType) {
        StompFrame framed = new StompFrame(command, headers, text);
        framed.headers.put("content-type", contentType);
        return framed;
    }

    public String header(String name) {
        return headers.get(name);
    }

    /** The frame on the wire. The body is UTF-8 text without NUL, so no content-length is needed. */
    public String encode() {
        StringBuilder out = new StringBuilder(command).append('\n');
        headers.forEach((name, value) ->
                out.append(escape(name)).append(':').append(escape(value)).append('\n'));
        return out.append('\n').append(body).append(NUL).toString();
    }

    /** Every frame in a WebSocket text message; heart-beats and padding between frames are skipped. */
    public static List<StompFrame> decodeAll(CharSequence message) {
        List<StompFrame> frames = new ArrayList<>();
        int at = 0;
        int length = message.length();
        while (at < length) {
            while (at < length && (message.charAt(at) == '\n' || message.charAt(at) == '\r')) {
                at++;
            }
            if (at >= length) {
                break;
            }
            int end = indexOf(message, NUL, at);
            if (end < 0) {
                throw new IllegalArgumentException("STOMP frame without its NUL terminator");
            }
            frames.add(decode(message.subSequence(at, end).toString()));
            at = end + 1;
        }
        return frames;
    }

    private static StompFrame decode(String frame) {
        int headersEnd = frame.indexOf("\n\n");
        String head = headersEnd < 0 ? frame : frame.substring(0, headersEnd);
        String body = headersEnd < 0 ? "" : frame.substring(headersEnd + 2);
        String[] lines = head.split("\r?\n");
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                // STOMP 1.2: when a header repeats, the first value counts.
                headers.putIfAbsent(unescape(lines[i].substring(0, colon)), unescape(lines[i].substring(colon + 1)));
            }
        }
        return new StompFrame(lines[0].strip(), headers, body);
    }

    private static int indexOf(CharSequence text, char wanted, int from) {
        for (int i = from; i < text.length(); i++) {
            if (text.charAt(i) == wanted) {
                return i;
            }
        }
        return -1;
    }

    private static String escape(String value) {
        return value.replace("\\", "\\\\")
                .replace("\r", "\\r")
                .replace("\n", "\\n")
                .replace(":", "\\c");
    }

    private static String unescape(String value) {
        if (value.indexOf('\\') < 0) {
            return value;
        }
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c != '\\' || i + 1 == value.length()) {
                out.append(c);
                continue;
            }
            char next = value.charAt(++i);
            out.append(
                    switch (next) {
                        case 'n' -> '\n';
                        case 'r' -> '\r';
                        case 'c' -> ':';
                        default -> next;
                    });
        }
        return out.toString();
    }
}
