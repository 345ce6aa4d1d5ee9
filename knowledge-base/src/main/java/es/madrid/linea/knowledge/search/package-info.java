/**
 * Spanish search over the published procedures with Lucene: an analysis chain that matches how citizens write
 * (accents folded, Snowball Spanish stems, stop words, equivalent words, typo tolerance), a query built from the
 * analysed tokens (citizen text never reaches a query parser), field boosts, highlighted snippets, category filters,
 * and an in-memory index whose readers swap atomically when a procedure is published. {@link
 * es.madrid.linea.knowledge.search.LuceneKnowledgeBase} implements bot-core's {@code KnowledgeBase} port. Depends on
 * bot-core and Lucene only.
 */
package es.madrid.linea.knowledge.search;
