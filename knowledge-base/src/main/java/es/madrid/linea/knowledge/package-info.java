/**
 * The knowledge-base module: the editors' content (procedures, offices) loaded and checked, a Lucene index with
 * Spanish analysis behind bot-core's {@link es.madrid.linea.bot.knowledge.KnowledgeBase} port, the office directory
 * behind {@link es.madrid.linea.bot.offices.OfficeDirectory}, the public search, procedure and offices API, and the
 * editors' workflow (drafts, preview, publish, history, restore, unpublish) with every revision kept in the database.
 * Depends on bot-core, Spring, Lucene and SnakeYAML; the application reaches it only through bot-core's ports and
 * HTTP.
 */
package es.madrid.linea.knowledge;
