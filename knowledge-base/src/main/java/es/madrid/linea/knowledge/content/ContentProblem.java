package es.madrid.linea.knowledge.content;

/**
 * Something wrong in the content, said in Spanish for the editor who must fix it.
 *
 * @param file the path inside kb-content, e.g. {@code procedures/ibi-pago.md}
 * @param field the front matter field, the heading ({@code ## Precio}) or the part of the file ({@code cabecera})
 */
public record ContentProblem(String file, String field, String message) {

    /** One line: {@code procedures/ibi-pago.md: campo "fee": falta este campo obligatorio}. */
    public String describe() {
        return file + ": campo \"" + field + "\": " + message;
    }
}
