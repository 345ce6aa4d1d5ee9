package es.madrid.linea.bot.nlu.entities;

import java.util.Map;

/** Numbers written as Spanish words, as citizens say hours and minutes ("a las diez y veinte"). */
final class SpanishNumbers {

    private static final Map<String, Integer> WORDS = Map.ofEntries(
            Map.entry("una", 1),
            Map.entry("uno", 1),
            Map.entry("dos", 2),
            Map.entry("tres", 3),
            Map.entry("cuatro", 4),
            Map.entry("cinco", 5),
            Map.entry("seis", 6),
            Map.entry("siete", 7),
            Map.entry("ocho", 8),
            Map.entry("nueve", 9),
            Map.entry("diez", 10),
            Map.entry("once", 11),
            Map.entry("doce", 12),
            Map.entry("veinte", 20),
            Map.entry("veinticinco", 25));

    /** The regex alternation of the words (folded), longest first so "veinticinco" wins over "veinte". */
    static final String WORD_PATTERN =
            "veinticinco|veinte|una|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce";

    private SpanishNumbers() {}

    /** The value of digits or a folded number word; -1 when it is neither. */
    static int value(String digitsOrWord) {
        if (digitsOrWord == null || digitsOrWord.isEmpty()) {
            return -1;
        }
        if (Character.isDigit(digitsOrWord.charAt(0))) {
            return Integer.parseInt(digitsOrWord);
        }
        return WORDS.getOrDefault(digitsOrWord, -1);
    }
}
