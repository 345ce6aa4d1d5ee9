package es.madrid.linea.knowledge.check;

import es.madrid.linea.bot.offices.Office;
import es.madrid.linea.knowledge.content.ContentFolder;
import es.madrid.linea.knowledge.content.ContentProblem;
import es.madrid.linea.knowledge.content.OfficeFiles;
import es.madrid.linea.knowledge.content.ProcedureFiles;
import es.madrid.linea.knowledge.content.ProcedureReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Checks a whole kb-content folder and lists every problem: offices, procedures, training phrases, evaluation sets. */
public final class ContentCheck {

    private ContentCheck() {}

    public static List<ContentProblem> run(ContentFolder folder) {
        List<ContentProblem> problems = new ArrayList<>();
        OfficeFiles offices = OfficeFiles.read(folder);
        problems.addAll(offices.problems());
        Set<String> officeIds = offices.offices().stream().map(Office::id).collect(Collectors.toSet());
        ProcedureFiles procedures = ProcedureFiles.read(folder, officeIds);
        problems.addAll(procedures.problems());
        Set<String> procedureIds = folder.procedures().stream()
                .map(ProcedureReader::declaredId)
                .flatMap(Optional::stream)
                .collect(Collectors.toSet());
        problems.addAll(TrainingPhrasesCheck.run(folder));
        problems.addAll(EvaluationSetsCheck.run(folder, procedureIds));
        return problems;
    }
}
