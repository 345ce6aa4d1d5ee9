package es.madrid.linea.channels.whatsapp.outbound;

import es.madrid.linea.bot.reply.Option;
import es.madrid.linea.bot.reply.Reply;
import es.madrid.linea.channels.whatsapp.outbound.GraphMessages.Row;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.node.ObjectNode;

/**
 * Renders the bot's channel-independent replies as WhatsApp messages: options as reply buttons (up to three short
 * titles) or a list (up to ten rows), and as numbered text where neither fits; a link as text with its preview; a
 * location request as WhatsApp's interactive location request. Option ids travel unchanged as button and row ids, so
 * the citizen's choice comes back as the id the bot offered.
 */
public final class ReplyRenderer {

    static final String LIST_BUTTON = "Ver opciones";
    static final String NUMBERED_HINT = "Responde con el número de la opción que prefieras.";

    /** The messages for one reply, in order (a very long text becomes several). */
    public List<ObjectNode> render(Reply reply) {
        if (reply instanceof Reply.Options options) {
            return List.of(options(options.text(), options.options()));
        }
        if (reply instanceof Reply.Link link) {
            String text = blankIfNull(link.text());
            return texts(text.isEmpty() ? link.url() : text + "\n" + link.url(), true);
        }
        if (reply instanceof Reply.LocationRequest request && fitsInteractiveBody(request.text())) {
            return List.of(GraphMessages.locationRequest(request.text()));
        }
        return texts(reply.text(), false);
    }

    /** Plain text, split where it passes WhatsApp's 4,096 characters. */
    public List<ObjectNode> texts(String text, boolean previewUrl) {
        List<ObjectNode> parts = new ArrayList<>();
        String rest = blankIfNull(text).strip();
        while (rest.length() > GraphMessages.MAX_TEXT) {
            int cut = cutPoint(rest, GraphMessages.MAX_TEXT);
            parts.add(GraphMessages.text(rest.substring(0, cut).strip(), previewUrl));
            rest = rest.substring(cut).strip();
        }
        parts.add(GraphMessages.text(rest.isEmpty() ? "…" : rest, previewUrl));
        return parts;
    }

    private ObjectNode options(String text, List<Option> options) {
        String body = blankIfNull(text).strip();
        if (options.isEmpty()) {
            return texts(body, false).get(0);
        }
        if (fitsInteractiveBody(body) && idsFit(options, GraphMessages.MAX_BUTTON_ID)) {
            if (options.size() <= GraphMessages.MAX_BUTTONS && titlesFit(options, GraphMessages.MAX_BUTTON_TITLE)) {
                return GraphMessages.buttons(
                        body,
                        options.stream()
                                .map(o -> new Row(o.id(), o.title().strip(), null))
                                .toList());
            }
            if (options.size() <= GraphMessages.MAX_ROWS
                    && idsFit(options, GraphMessages.MAX_ROW_ID)
                    && titlesFit(options, GraphMessages.MAX_ROW_DESCRIPTION)) {
                return GraphMessages.list(
                        body,
                        LIST_BUTTON,
                        options.stream().map(ReplyRenderer::row).toList());
            }
        }
        return numbered(body, options);
    }

    /** A row; a title too long for the row is shortened there and given whole as the row's description. */
    private static Row row(Option option) {
        String title = option.title().strip();
        if (title.length() <= GraphMessages.MAX_ROW_TITLE) {
            return new Row(option.id(), title, null);
        }
        String shortened = title.substring(0, GraphMessages.MAX_ROW_TITLE - 1).strip() + "…";
        return new Row(option.id(), shortened, title);
    }

    private ObjectNode numbered(String body, List<Option> options) {
        StringBuilder text = new StringBuilder(body);
        for (int i = 0; i < options.size(); i++) {
            text.append(i == 0 ? "\n\n" : "\n")
                    .append(i + 1)
                    .append(". ")
                    .append(options.get(i).title().strip());
        }
        text.append("\n\n").append(NUMBERED_HINT);
        return texts(text.toString(), false).get(0);
    }

    private static boolean fitsInteractiveBody(String text) {
        return text != null && !text.isBlank() && text.strip().length() <= GraphMessages.MAX_INTERACTIVE_BODY;
    }

    /** Titles present, within the limit, and unique (WhatsApp refuses two buttons with one title). */
    private static boolean titlesFit(List<Option> options, int max) {
        Set<String> seen = new HashSet<>();
        for (Option option : options) {
            String title = option.title() == null ? "" : option.title().strip();
            if (title.isEmpty() || title.length() > max || !seen.add(title)) {
                return false;
            }
        }
        return true;
    }

    private static boolean idsFit(List<Option> options, int max) {
        Set<String> seen = new HashSet<>();
        for (Option option : options) {
            String id = option.id();
            if (id == null || id.isBlank() || !id.equals(id.strip()) || id.length() > max || !seen.add(id)) {
                return false;
            }
        }
        return true;
    }

    private static int cutPoint(String text, int max) {
        int newline = text.lastIndexOf('\n', max);
        if (newline > max / 2) {
            return newline;
        }
        int space = text.lastIndexOf(' ', max);
        return space > max / 2 ? space : max;
    }

    private static String blankIfNull(String text) {
        return text == null ? "" : text;
    }
}
