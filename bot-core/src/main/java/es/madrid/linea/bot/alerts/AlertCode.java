package es.madrid.linea.bot.alerts;

import java.util.regex.Pattern;

/**
 * What an alert code looks like: 7 or 8 digits, as Avisos Madrid issues them (e.g. {@code 8317228}) and as the
 * embedded registry does (from {@link #FIRST_EMBEDDED}). Anything else is not a code, whatever system is behind.
 */
public final class AlertCode {

    /** The first code the embedded registry and the in-memory desk issue: 8 digits, like Avisos Madrid's newest. */
    public static final long FIRST_EMBEDDED = 10_000_001L;

    private static final Pattern WELL_FORMED = Pattern.compile("\\d{7,8}");

    private AlertCode() {}

    public static boolean isWellFormed(String code) {
        return code != null && WELL_FORMED.matcher(code).matches();
    }
}
