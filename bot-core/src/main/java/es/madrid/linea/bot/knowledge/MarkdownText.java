package es.madrid.linea.bot.knowledge;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The editors write sections in a small Markdown (bullets, links, emphasis). Channels show plain text, and search
 * indexes only words: these conversions are the one place that knows the difference.
 */
public final class MarkdownText {

    private static final Pattern LINK = Pattern.compile("\\[([^\\]\\n]*)\\]\\(([^)\\s]+)\\)");
    private static final Pattern URL = Pattern.compile("https?://\\S+");
    private static final Pattern EMPHASIS = Pattern.compile("\\*\\*|__|(?<![\\w*])\\*(?=\\S)|(?<=\\S)\\*(?![\\w*])");
    private static final Pattern BULLET = Pattern.compile("^\\s*[-*+]\\s+");
    private static final Pattern BLANKS = Pattern.compile("\\s+");

    /**
     * Text for a citizen on any channel: emphasis marks removed, {@code [text](url)} shown as "text: url" so the
     * address survives on SMS and WhatsApp; bullets and line breaks kept.
     */
    public static String forReading(String markdown) {
        String text = LINK.matcher(markdown).replaceAll(m -> {
            String label = m.group(1).strip();
            String url = m.group(2);
            return Matcher.quoteReplacement(label.isEmpty() || label.equals(url) ? url : label + ": " + url);
        });
        return EMPHASIS.matcher(text).replaceAll("").strip();
    }

    /**
     * Only the words, as sentences: link labels without their addresses, bare addresses dropped, each bullet or line
     * ended with a full stop so a snippet never runs two list items together.
     */
    public static String forIndexing(String markdown) {
        String text = LINK.matcher(markdown).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        text = URL.matcher(text).replaceAll(" ");
        text = EMPHASIS.matcher(text).replaceAll("");
        return text.lines()
                .map(line -> BLANKS.matcher(BULLET.matcher(line).replaceFirst(""))
                        .replaceAll(" ")
                        .strip())
                .filter(line -> !line.isEmpty())
                .map(MarkdownText::asSentence)
                .collect(Collectors.joining(" "));
    }

    private static String asSentence(String line) {
        char last = line.charAt(line.length() - 1);
        return ".:;!?".indexOf(last) >= 0 ? line : line + ".";
    }

    private MarkdownText() {}
}
