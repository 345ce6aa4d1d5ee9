package es.madrid.linea.knowledge.editing;

/**
 * Where a procedure stands.
 *
 * @param publishedRevision the revision citizens see, or null when it is not published
 * @param draftRevision the open draft, or null
 * @param importedHash the fingerprint of the kb-content file last imported, or null
 */
public record ProcedureState(String procedureId, Long publishedRevision, Long draftRevision, String importedHash) {

    public boolean isPublished() {
        return publishedRevision != null;
    }
}
