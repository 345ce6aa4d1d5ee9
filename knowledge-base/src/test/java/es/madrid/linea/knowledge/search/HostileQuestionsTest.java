package es.madrid.linea.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import es.madrid.linea.knowledge.KbContent;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Whatever a citizen (or an attacker) types, search answers with hits or none: no exception, no query syntax
 * interpreted, and a bounded query however long the text.
 */
class HostileQuestionsTest {

    private static final LuceneKnowledgeBase KNOWLEDGE = new LuceneKnowledgeBase(KbContent.procedures());

    @AfterAll
    static void close() throws Exception {
        KNOWLEDGE.close();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "*:*",
                "\"(((",
                "\u0000",
                "\u0000IBI\u0000",
                "'; DROP TABLE kb_revision; --",
                "1' OR '1'='1",
                "title:ibi AND body:*",
                "ibi~2 padr*n^100 [a TO z] {a TO z} /.*/",
                "+-&&||!(){}[]^\"~*?:\\/",
                "<script>alert('x')</script>",
                "\uD83D\uDE00\uD83D\uDE00 ¿¿??",
                "",
                "   ",
            })
    void hostileTextGivesHitsOrNoneNeverAnError(String text) {
        assertThatCode(() -> KNOWLEDGE.search(text, 5)).doesNotThrowAnyException();
        assertThatCode(() -> KNOWLEDGE.search(text, Set.of("padron"), 5)).doesNotThrowAnyException();
    }

    @Test
    void querySyntaxIsNotInterpretedItOnlySeparatesWords() {
        assertThat(KNOWLEDGE.search("*:*", 5)).isEmpty();
        assertThat(KNOWLEDGE.search("\"(((", 5)).isEmpty();
        assertThat(KNOWLEDGE.search("padr*n", 5)).isEqualTo(KNOWLEDGE.search("padr n", 5));
        assertThat(KNOWLEDGE.search("title:ibi AND body:*", 5)).isEqualTo(KNOWLEDGE.search("title ibi AND body", 5));
        assertThat(KNOWLEDGE.search("ibi~2^100", 5)).isEqualTo(KNOWLEDGE.search("ibi 2 100", 5));
    }

    @Test
    void aNullCharacterIsIgnoredAndTheRestStillSearched() {
        assertThat(KNOWLEDGE.search("\u0000plusvalía\u0000", 3)).isEqualTo(KNOWLEDGE.search("plusvalía", 3));
        assertThat(KNOWLEDGE.search("\u0000plusvalía\u0000", 3)).isNotEmpty();
    }

    @Test
    void tenThousandCharactersMakeABoundedQuery() {
        String huge = "empadronamiento certificado volante multa ibi ".repeat(220);
        assertThat(huge.length()).isGreaterThan(10_000);

        List<QuestionTerms.Position> positions = KNOWLEDGE.questionTerms(huge);
        Query query = CitizenQuery.of(positions, Set.of(), Ranking.DEFAULT, TermQuery::new);

        assertThat(QuestionTerms.clean(huge)).hasSize(QuestionTerms.MAX_CHARS);
        assertThat(positions).hasSizeLessThanOrEqualTo(QuestionTerms.MAX_POSITIONS);
        assertThat(((BooleanQuery) query).clauses()).hasSizeLessThanOrEqualTo(QuestionTerms.MAX_POSITIONS);
        assertThat(KNOWLEDGE.search(huge, 5)).isNotEmpty();
    }

    @Test
    void tenThousandDistinctWordsAreCappedToo() {
        StringBuilder words = new StringBuilder();
        Random random = new Random(42);
        while (words.length() < 10_000) {
            words.append((char) ('a' + random.nextInt(26)))
                    .append((char) ('a' + random.nextInt(26)))
                    .append((char) ('a' + random.nextInt(26)))
                    .append((char) ('a' + random.nextInt(26)))
                    .append((char) ('a' + random.nextInt(26)))
                    .append(' ');
        }

        assertThat(KNOWLEDGE.questionTerms(words.toString())).hasSizeLessThanOrEqualTo(QuestionTerms.MAX_POSITIONS);
        assertThatCode(() -> KNOWLEDGE.search(words.toString(), 5)).doesNotThrowAnyException();
    }

    @Test
    void randomUnicodeNeverBreaksSearch() {
        Random random = new Random(7);
        for (int i = 0; i < 200; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(300);
            for (int j = 0; j < length; j++) {
                text.appendCodePoint(random.nextInt(0x2FFFF));
            }
            assertThatCode(() -> KNOWLEDGE.search(text.toString(), 3)).doesNotThrowAnyException();
        }
    }
}
