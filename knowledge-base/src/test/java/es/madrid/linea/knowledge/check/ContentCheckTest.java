package es.madrid.linea.knowledge.check;

import static org.assertj.core.api.Assertions.assertThat;

import es.madrid.linea.knowledge.KbContent;
import es.madrid.linea.knowledge.content.ContentProblem;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The editors' content as it is in this working tree passes every rule. A failure lists each problem on its own line,
 * in Spanish, with the file and the field to fix.
 */
class ContentCheckTest {

    @Test
    void theKnowledgeBaseContentHasNoProblems() {
        List<ContentProblem> problems = ContentCheck.run(KbContent.folder());

        assertThat(problems)
                .as(
                        "Problemas en kb-content:%n%s",
                        String.join(
                                "\n",
                                problems.stream().map(ContentProblem::describe).toList()))
                .isEmpty();
    }
}
