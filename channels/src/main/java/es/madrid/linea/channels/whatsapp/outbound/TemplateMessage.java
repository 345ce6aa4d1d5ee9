package es.madrid.linea.channels.whatsapp.outbound;

import java.util.List;
import java.util.regex.Pattern;

/**
 * An approved WhatsApp message template with its body parameters ({@code {{1}}}, {@code {{2}}}...), the only kind of
 * message Meta lets a business send outside the 24-hour customer-service window. Parameters are cleaned the way
 * Meta requires: no line breaks or tabs, no runs of more than four spaces, never empty.
 *
 * @param name the template's name as approved in WhatsApp Manager, e.g. {@code recordatorio_cita}
 * @param languageCode the approved translation, e.g. {@code es_ES}
 */
public record TemplateMessage(String name, String languageCode, List<String> bodyParameters) {

    /** The appointment reminder Cibeles expects to be approved (see the README's WhatsApp section). */
    public static final String APPOINTMENT_REMINDER = "recordatorio_cita";

    public static final String SPANISH = "es_ES";

    private static final Pattern NAME = Pattern.compile("[a-z0-9_]{1,512}");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(_[A-Z]{2})?");
    private static final int MAX_PARAMETER = 1024;

    public TemplateMessage {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("a template name is lower case letters, digits and underscores");
        }
        if (languageCode == null || !LANGUAGE.matcher(languageCode).matches()) {
            throw new IllegalArgumentException("a template language is a code such as es_ES");
        }
        bodyParameters = bodyParameters.stream().map(TemplateMessage::clean).toList();
    }

    /**
     * The reminder of an appointment, the day before: {@code recordatorio_cita} in {@code es_ES} with the office, the
     * date, the time and the documents to bring, in that order.
     */
    public static TemplateMessage appointmentReminder(String office, String date, String time, String documents) {
        return new TemplateMessage(APPOINTMENT_REMINDER, SPANISH, List.of(office, date, time, documents));
    }

    private static String clean(String parameter) {
        String flat = parameter == null
                ? ""
                : parameter.replaceAll("[\\r\\n\\t]+", " ").replaceAll(" {5,}", "    ");
        flat = flat.strip();
        if (flat.isEmpty()) {
            return "-";
        }
        return flat.length() > MAX_PARAMETER ? flat.substring(0, MAX_PARAMETER - 1) + "…" : flat;
    }
}
