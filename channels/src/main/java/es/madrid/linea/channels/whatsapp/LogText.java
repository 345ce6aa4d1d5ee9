package es.madrid.linea.channels.whatsapp;

import es.madrid.linea.bot.privacy.PersonalDataMasker;
import java.util.regex.Pattern;

/**
 * Text from WhatsApp made fit for a log line: personal data masked, and every long run of digits too, because
 * WhatsApp numbers are international ({@code 972987654321}) and the Spanish phone rule would not catch them.
 */
public final class LogText {

    private static final Pattern DIGIT_RUNS = Pattern.compile("\\d{7,}");

    private LogText() {}

    /** The masked text, cut to {@code max} characters. */
    public static String masked(String text, int max) {
        if (text == null) {
            return "";
        }
        String cut = text.length() > max ? text.substring(0, max) + "…" : text;
        return DIGIT_RUNS.matcher(PersonalDataMasker.mask(cut)).replaceAll("[number]");
    }
}
