package es.madrid.linea.bot.reply;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;

/**
 * One message from the bot or an agent, independent of the channel. The JSON {@code type} names are part of the
 * public API: {@code text}, {@code options}, {@code link}, {@code location_request}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = Reply.Text.class, name = "text"),
    @JsonSubTypes.Type(value = Reply.Options.class, name = "options"),
    @JsonSubTypes.Type(value = Reply.Link.class, name = "link"),
    @JsonSubTypes.Type(value = Reply.LocationRequest.class, name = "location_request")
})
public sealed interface Reply {

    /** What a channel that can only show text (SMS, a screen reader, a log) shows. */
    String text();

    static Reply text(String text) {
        return new Text(text);
    }

    static Reply options(String text, List<Option> options) {
        return new Options(text, options);
    }

    static Reply link(String text, String url) {
        return new Link(text, url);
    }

    static Reply locationRequest(String text) {
        return new LocationRequest(text);
    }

    record Text(String text) implements Reply {}

    record Options(String text, List<Option> options) implements Reply {
        public Options {
            options = List.copyOf(options);
        }
    }

    record Link(String text, String url) implements Reply {}

    record LocationRequest(String text) implements Reply {}
}
