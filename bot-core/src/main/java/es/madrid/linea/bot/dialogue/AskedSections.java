package es.madrid.linea.bot.dialogue;

import es.madrid.linea.bot.knowledge.ProcedureSection;
import es.madrid.linea.bot.text.SpanishText;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which parts of a procedure a question asks for ("¿qué papeles llevo?" asks for the documents), in the order the
 * citizen asked them. The cues are data: one line per section, matched on the folded text as whole words.
 */
public final class AskedSections {

    private static final Map<ProcedureSection, Pattern> CUES = Map.of(
            ProcedureSection.DOCUMENTS,
                    cues(
                            "documentos?",
                            "documentacion",
                            "papel(es)?",
                            "que (tengo que |hay que |debo |he de )?llevar",
                            "que llevo",
                            "que necesito",
                            "que hace falta",
                            "que (me )?piden"),
            ProcedureSection.PRICE,
                    cues(
                            "cuanto (cuesta|vale|cobran|es)",
                            "cuanto (hay que |tengo que )?pagar",
                            "precio",
                            "coste",
                            "cuesta",
                            "gratis",
                            "gratuito",
                            "importe",
                            "tarifa"),
            ProcedureSection.DEADLINES,
                    cues("plazos?", "cuando", "fecha", "caduca", "cuanto tarda", "cuanto tiempo", "tarda"),
            ProcedureSection.HOW_AND_WHERE,
                    cues("donde", "como", "en persona", "presencial(mente)?", "por internet", "online"),
            ProcedureSection.REQUIREMENTS, cues("requisitos?", "condiciones", "tengo derecho"),
            ProcedureSection.WHO, cues("quien(es)?"));

    /** At most this many sections are answered at once: the answer stays short. */
    static final int MAX_SECTIONS = 2;

    /** The sections asked for, first asked first; empty when the question names none. */
    public static List<ProcedureSection> in(String text) {
        String folded = SpanishText.fold(text);
        Map<Integer, ProcedureSection> byPosition = new TreeMap<>();
        CUES.entrySet().stream()
                .sorted(Comparator.comparing(e -> e.getKey().ordinal()))
                .forEach(cue -> {
                    Matcher matcher = cue.getValue().matcher(folded);
                    if (matcher.find()) {
                        byPosition.putIfAbsent(matcher.start(), cue.getKey());
                    }
                });
        return byPosition.values().stream().limit(MAX_SECTIONS).toList();
    }

    /**
     * The question without the words that ask for documents, folded: what is left names the procedure. "¿Qué
     * documentos necesito para empadronarme?" asks for the documents of registering, not for a procedure about a
     * document (a certificate, a register of documents). Other cues stay: "en persona" or "plazos" also say which
     * procedure it is.
     */
    public static String withoutDocumentCues(String text) {
        return CUES.get(ProcedureSection.DOCUMENTS)
                .matcher(SpanishText.fold(text))
                .replaceAll(" ")
                .replaceAll("\\s+", " ")
                .strip();
    }

    private static Pattern cues(String... alternatives) {
        return Pattern.compile("\\b(" + String.join("|", alternatives) + ")\\b");
    }

    private AskedSections() {}
}
