package es.madrid.linea.knowledge.check;

import es.madrid.linea.bot.nlu.Intents;
import es.madrid.linea.knowledge.content.ContentFile;
import es.madrid.linea.knowledge.content.ContentFolder;
import es.madrid.linea.knowledge.content.ContentProblem;
import es.madrid.linea.knowledge.content.FieldReader;
import es.madrid.linea.knowledge.content.SafeYaml;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code nlu/<intent>.yml}: a known intent named like its file, and a list of example phrases. */
final class TrainingPhrasesCheck {

    private TrainingPhrasesCheck() {}

    static List<ContentProblem> run(ContentFolder folder) {
        List<ContentProblem> problems = new ArrayList<>();
        for (ContentFile file : folder.files(ContentFolder.NLU, ".yml")) {
            Object loaded;
            try {
                loaded = SafeYaml.load(file.text());
            } catch (SafeYaml.Unreadable e) {
                problems.add(new ContentProblem(file.path(), "archivo", e.getMessage()));
                continue;
            }
            if (!(loaded instanceof Map<?, ?> map)) {
                problems.add(new ContentProblem(file.path(), "archivo", "debe tener los campos intent y examples"));
                continue;
            }
            @SuppressWarnings("unchecked")
            FieldReader fields = new FieldReader(file.path(), (Map<String, ?>) map, problems);
            String intent = fields.text("intent");
            if (intent != null && !Intents.ALL.contains(intent)) {
                fields.problem(
                        "intent",
                        "intención desconocida \"" + intent + "\"; las válidas son: " + String.join(", ", Intents.ALL));
            } else if (intent != null && !intent.equals(file.baseName())) {
                fields.problem("intent", "debe ser igual al nombre del archivo (\"" + file.baseName() + "\")");
            }
            fields.list("examples");
        }
        return problems;
    }
}
