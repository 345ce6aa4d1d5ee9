package es.madrid.linea.knowledge.check;

import es.madrid.linea.bot.nlu.Intents;
import es.madrid.linea.knowledge.content.ContentFolder;
import es.madrid.linea.knowledge.content.ContentProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code eval/kb-dev.jsonl} must expect procedures that exist and {@code eval/intents-dev.jsonl} intents that exist:
 * a measure against a renamed procedure would silently count as a miss.
 */
final class EvaluationSetsCheck {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private EvaluationSetsCheck() {}

    static List<ContentProblem> run(ContentFolder folder, Set<String> procedureIds) {
        List<ContentProblem> problems = new ArrayList<>();
        folder.file(ContentFolder.EVAL + "/kb-dev.jsonl")
                .ifPresent(file -> eachLine(file.path(), file.text(), problems, (line, json) -> {
                    JsonNode expected = json.path("expected");
                    if (!json.path("text").isString() || !expected.isArray() || expected.isEmpty()) {
                        problems.add(new ContentProblem(file.path(), line, "faltan \"text\" o \"expected\""));
                    }
                    expected.forEach(id -> {
                        if (!procedureIds.contains(id.asString())) {
                            problems.add(new ContentProblem(
                                    file.path(), line, "no existe ningún trámite con id \"" + id.asString() + "\""));
                        }
                    });
                }));
        folder.file(ContentFolder.EVAL + "/intents-dev.jsonl")
                .ifPresent(file -> eachLine(file.path(), file.text(), problems, (line, json) -> {
                    String intent = json.path("intent").asString("");
                    if (!Intents.ALL.contains(intent)) {
                        problems.add(new ContentProblem(file.path(), line, "intención desconocida \"" + intent + "\""));
                    }
                }));
        return problems;
    }

    private interface LineCheck {
        void check(String line, JsonNode json);
    }

    private static void eachLine(String path, String text, List<ContentProblem> problems, LineCheck check) {
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            String line = "línea " + (i + 1);
            try {
                check.check(line, JSON.readTree(lines[i]));
            } catch (JacksonException e) {
                problems.add(new ContentProblem(path, line, "no es un JSON válido"));
            }
        }
    }
}
