package es.madrid.linea.knowledge.search;

/**
 * How much each kind of match counts. The defaults were tuned on {@code kb-content/eval/kb-dev.jsonl} (see the
 * README's figures): the title and the citizens' names of a procedure say most about it, the summary less, the body
 * least; an equivalent word or a corrected typo counts less than the word written.
 *
 * @param tieBreaker how much the other fields add to the best field's score for the same word
 */
record Ranking(
        float title,
        float synonyms,
        float summary,
        float body,
        float equivalentWord,
        float correctedTypo,
        float tieBreaker,
        float exactName,
        float coverageWeight,
        int candidates) {

    static final Ranking DEFAULT = new Ranking(4f, 3f, 2f, 1f, 0.6f, 0.7f, 0.2f, 0.5f, 0.3f, 20);
}
