package es.madrid.linea.bot.nlu.normalisation;

/**
 * Folds Spanish text for matching: lower case, accents and diacritics removed, ñ to n, one char for one char. Because
 * the folded text has the same length as the original, a match found in the folded text points at the same chars of
 * what the citizen wrote ("Vallecas" and "vallécas" both match "vallecas" at the same offsets).
 */
public final class SpanishFolding {

    private SpanishFolding() {}

    /** The folded text, exactly as long as {@code text}. */
    public static String fold(String text) {
        char[] chars = new char[text.length()];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = fold(text.charAt(i));
        }
        return new String(chars);
    }

    /** One char folded: "Á" to "a", "ñ" to "n", "ü" to "u", "º" unchanged. */
    public static char fold(char c) {
        if (c < 128) {
            return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }
        switch (Character.toLowerCase(c)) {
            case 'á', 'à', 'â', 'ä', 'ã':
                return 'a';
            case 'é', 'è', 'ê', 'ë':
                return 'e';
            case 'í', 'ì', 'î', 'ï':
                return 'i';
            case 'ó', 'ò', 'ô', 'ö', 'õ':
                return 'o';
            case 'ú', 'ù', 'û', 'ü':
                return 'u';
            case 'ñ':
                return 'n';
            case 'ç':
                return 'c';
            default:
                return Character.toLowerCase(c);
        }
    }
}
