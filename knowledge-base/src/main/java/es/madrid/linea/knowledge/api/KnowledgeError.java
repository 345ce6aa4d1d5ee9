package es.madrid.linea.knowledge.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The API's error body, {@code {"error", "message"}}, with, for a rejected draft, each wrong field.
 *
 * @param problems the wrong fields of a draft (front matter field or heading), absent otherwise
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record KnowledgeError(String error, String message, List<FieldProblem> problems) {

    /** One wrong field and what is wrong with it, in Spanish. */
    public record FieldProblem(String field, String message) {}
}
