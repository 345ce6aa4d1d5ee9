/**
 * The municipal procedures knowledge base: content loaded from kb-content, a Lucene index with Spanish analysis,
 * and the editor workflow. Implements bot-core's knowledge port; depends on bot-core only.
 */
package es.madrid.linea.knowledge;
