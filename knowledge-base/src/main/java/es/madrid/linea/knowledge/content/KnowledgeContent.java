package es.madrid.linea.knowledge.content;

import es.madrid.linea.bot.knowledge.Procedure;
import es.madrid.linea.bot.offices.Office;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Everything the knowledge base is built from, read from one content folder: the procedures (at revision 0) and the
 * offices, with the problems that kept any of them out.
 */
public record KnowledgeContent(List<Procedure> procedures, OfficeFiles offices, List<ContentProblem> problems) {

    public static KnowledgeContent read(ContentFolder folder) {
        OfficeFiles offices = OfficeFiles.read(folder);
        ProcedureFiles procedures = ProcedureFiles.read(
                folder, offices.offices().stream().map(Office::id).collect(Collectors.toSet()));
        List<ContentProblem> problems = new ArrayList<>(offices.problems());
        problems.addAll(procedures.problems());
        return new KnowledgeContent(procedures.procedures(), offices, List.copyOf(problems));
    }

    /** The content, or an exception listing every problem: for tools that must not run on broken content. */
    public KnowledgeContent orFail() {
        if (!problems.isEmpty()) {
            throw new IllegalStateException("kb-content has problems:\n"
                    + problems.stream().map(ContentProblem::describe).collect(Collectors.joining("\n")));
        }
        return this;
    }
}
