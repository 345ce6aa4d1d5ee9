/**
 * The knowledge base's public HTTP API: {@code GET /api/v1/kb/search} and {@code GET /api/v1/kb/procedures/{id}} as
 * the shared API contract describes them, and the module's error answers ({@code {"error", "message"}}, with the
 * wrong fields of a draft). Reads bot-core's {@code KnowledgeBase}; the editors' endpoints live in the editing
 * package.
 */
package es.madrid.linea.knowledge.api;
