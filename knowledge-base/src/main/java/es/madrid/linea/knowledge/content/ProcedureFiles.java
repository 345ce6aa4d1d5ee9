package es.madrid.linea.knowledge.content;

import es.madrid.linea.bot.knowledge.Procedure;
import es.madrid.linea.knowledge.content.ProcedureReader.Reading;
import es.madrid.linea.knowledge.content.ProcedureReader.References;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * All the procedure files of a content folder: each read with {@link ProcedureReader}, with the ids of the other files
 * as the procedures it may point to, and duplicate ids reported.
 *
 * @param procedures the procedures without problems, at revision 0, sorted by file
 * @param problems every problem found
 */
public record ProcedureFiles(List<Procedure> procedures, List<ContentProblem> problems) {

    public static ProcedureFiles read(ContentFolder folder, Set<String> officeIds) {
        List<ContentFile> files = folder.procedures();
        List<ContentProblem> problems = new ArrayList<>();
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
        List<Procedure> procedures = new ArrayList<>();
        for (ContentFile file : files) {
            Reading reading = ProcedureReader.read(file, references);
            problems.addAll(reading.problems());
            reading.procedure().ifPresent(procedures::add);
        }
        return new ProcedureFiles(List.copyOf(procedures), List.copyOf(problems));
    }
}
