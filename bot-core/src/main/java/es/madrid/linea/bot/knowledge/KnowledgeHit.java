package es.madrid.linea.bot.knowledge;

/**
 * One procedure found by a search.
 *
 * @param score relevance from 0 (unrelated) to 1 (the question names the procedure); comparable between questions,
 *     so the dialogue can decide when it is sure enough to answer
 * @param snippet a short passage of the procedure that matches the question; matched words are wrapped in
 *     {@code <mark>} and the rest is HTML-escaped
 * @param revision the published revision that was searched
 */
public record KnowledgeHit(String id, String title, double score, String snippet, long revision) {

    /** The reference an answer built on this hit cites. */
    public ProcedureRef ref() {
        return new ProcedureRef(id, revision, score);
    }
}
