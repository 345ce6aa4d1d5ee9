package es.madrid.linea.knowledge.editing;

import es.madrid.linea.knowledge.content.ContentProblem;
import java.util.List;
import java.util.stream.Collectors;

/** A draft that breaks the content rules; the API answers 400 naming each wrong field. */
public final class InvalidContentException extends RuntimeException {

    private final List<ContentProblem> problems;

    public InvalidContentException(List<ContentProblem> problems) {
        super(problems.stream().map(p -> p.field() + ": " + p.message()).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<ContentProblem> problems() {
        return problems;
    }
}
