package es.madrid.linea.knowledge.check;

import es.madrid.linea.bot.offices.Office;
import es.madrid.linea.knowledge.content.ContentFile;
import es.madrid.linea.knowledge.content.ContentFolder;
import es.madrid.linea.knowledge.content.ContentProblem;
import es.madrid.linea.knowledge.content.ProcedureReader;
import es.madrid.linea.knowledge.content.ProcedureReader.References;
import es.madrid.linea.knowledge.offices.OfficeFiles;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Checks a whole kb-content folder and lists every problem, in file order. */
public final class ContentCheck {

    private ContentCheck() {}

    public static List<ContentProblem> run(ContentFolder folder) {
        List<ContentProblem> problems = new ArrayList<>();
        OfficeFiles offices = OfficeFiles.read(folder);
        problems.addAll(offices.problems());
        Set<String> officeIds = offices.offices().stream().map(Office::id).collect(Collectors.toSet());

        List<ContentFile> files = folder.procedures();
        Map<String, List<String>> filesById = new LinkedHashMap<>();
        for (ContentFile file : files) {
            ProcedureReader.declaredId(file)
                    .ifPresent(id -> filesById
                            .computeIfAbsent(id, k -> new ArrayList<>())
                            .add(file.path()));
        }
        filesById.forEach((id, paths) -> {
            for (String path : paths.subList(1, paths.size())) {
                problems.add(new ContentProblem(path, "id", "el id \"" + id + "\" ya se usa en " + paths.get(0)));
            }
        });
        References references = new References(filesById::containsKey, officeIds::contains);
        for (ContentFile file : files) {
            problems.addAll(ProcedureReader.read(file, references).problems());
        }
        problems.addAll(TrainingPhrasesCheck.run(folder));
        problems.addAll(EvaluationSetsCheck.run(folder, filesById.keySet()));
        return problems;
    }
}
