package es.madrid.linea.knowledge.evaluation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One question of an evaluation set: what the citizen wrote and the procedures that answer it (the first is the best;
 * any counts as right).
 */
public record EvaluationQuestion(String text, List<String> expected) {

    public EvaluationQuestion {
        expected = List.copyOf(expected);
    }

    /** Reads a JSONL file: one {@code {"text": "...", "expected": ["id", ...]}} per line; blank lines are skipped. */
    public static List<EvaluationQuestion> read(Path jsonl) {
        JsonMapper json = JsonMapper.builder().build();
        List<EvaluationQuestion> questions = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(jsonl, StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node = json.readTree(line);
                List<String> expected = new ArrayList<>();
                node.path("expected").forEach(id -> expected.add(id.asString()));
                questions.add(new EvaluationQuestion(node.path("text").asString(), expected));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return questions;
    }
}
