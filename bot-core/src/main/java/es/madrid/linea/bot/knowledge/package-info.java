/**
 * The municipal procedures knowledge as the conversation sees it. {@link es.madrid.linea.bot.knowledge.KnowledgeBase}
 * is the port: search a citizen's words for procedures ({@link es.madrid.linea.bot.knowledge.KnowledgeHit}) and read
 * a published {@link es.madrid.linea.bot.knowledge.Procedure} with its fixed sections. Every answer cites what it
 * relied on with a {@link es.madrid.linea.bot.knowledge.ProcedureRef} (id, revision, score). The Lucene
 * implementation lives in the knowledge-base module; {@link es.madrid.linea.bot.knowledge.InMemoryKnowledgeBase} is
 * the simple one for tests. Depends only on the JDK and {@code es.madrid.linea.bot.text}.
 */
package es.madrid.linea.bot.knowledge;
