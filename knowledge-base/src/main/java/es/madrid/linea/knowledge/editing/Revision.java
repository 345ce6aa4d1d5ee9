package es.madrid.linea.knowledge.editing;

import java.time.Instant;

/** One stored version of a procedure: its Markdown file as written, who saved it and when. */
public record Revision(String procedureId, long revision, String content, String createdBy, Instant createdAt) {}
