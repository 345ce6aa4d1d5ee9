/**
 * Reading and checking the editors' files: the offices and districts ({@link
 * es.madrid.linea.knowledge.content.OfficeFiles}); a procedure's Markdown with its flat front matter becomes a {@link
 * es.madrid.linea.bot.knowledge.Procedure} or a list of {@link es.madrid.linea.knowledge.content.ContentProblem}s that
 * name the file and the field in Spanish. The same rules serve the content check over kb-content ({@link
 * es.madrid.linea.knowledge.content.ContentCheck}) and the editor API's validation of a draft. No Spring beans here:
 * only Spring's resource loading, so the check runs in a plain test.
 */
package es.madrid.linea.knowledge.content;
