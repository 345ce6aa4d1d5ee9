/**
 * The editors' workflow: drafts, preview, publication, history, restore and unpublication, with every revision kept
 * in the database ({@link es.madrid.linea.knowledge.editing.RevisionStore}); the kb-content files seed the first
 * revision ({@link es.madrid.linea.knowledge.editing.ContentImport}); a publication reaches the search index at once
 * on this instance and within the refresh interval on the others ({@link
 * es.madrid.linea.knowledge.editing.PublishedChanges}). Depends on the content and search packages and on Spring JDBC.
 */
package es.madrid.linea.knowledge.editing;
