package es.madrid.linea.knowledge.editing;

import es.madrid.linea.bot.knowledge.Procedure;
import es.madrid.linea.bot.knowledge.ProcedureSection;
import es.madrid.linea.knowledge.content.ContentFile;
import es.madrid.linea.knowledge.content.ContentFolder;
import es.madrid.linea.knowledge.content.ProcedureReader;
import es.madrid.linea.knowledge.content.ProcedureReader.Parts;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Stored revisions as procedures, and what changed between two revisions. */
public final class ProcedureRevisions {

    private static final Logger log = LoggerFactory.getLogger(ProcedureRevisions.class);

    /** How the history names a procedure that had no earlier revision to compare with. */
    static final String NEW_PROCEDURE = "(ficha nueva)";

    private ProcedureRevisions() {}

    /** The file a procedure's Markdown would be in kb-content, so problems name it the same way. */
    static ContentFile file(String procedureId, String markdown) {
        return new ContentFile(ContentFolder.PROCEDURES + "/" + procedureId + ".md", markdown);
    }

    /**
     * The procedure a stored revision holds. It was checked when it was saved; references that have gone since (an
     * unpublished related procedure) do not hide it.
     */
    static Optional<Procedure> read(Revision revision) {
        var reading = ProcedureReader.read(file(revision.procedureId(), revision.content()), ProcedureReader.ANY);
        if (reading.procedure().isEmpty()) {
            log.error(
                    "revision {} of {} cannot be read: {}",
                    revision.revision(),
                    revision.procedureId(),
                    reading.problems());
        }
        return reading.procedure().map(p -> p.withRevision(revision.revision()));
    }

    /** The published revision of every published procedure, ready to index. */
    public static List<Procedure> published(RevisionStore store) {
        return store.publishedRevisions().stream()
                .map(ProcedureRevisions::read)
                .flatMap(Optional::stream)
                .toList();
    }

    /** The front matter fields and headings that differ, in the order of the newer revision. */
    static List<String> changes(String procedureId, String before, String after) {
        if (before == null) {
            return List.of(NEW_PROCEDURE);
        }
        Optional<Parts> old = ProcedureReader.parts(file(procedureId, before));
        Optional<Parts> now = ProcedureReader.parts(file(procedureId, after));
        if (old.isEmpty() || now.isEmpty()) {
            return List.of("cabecera");
        }
        List<String> changed = new ArrayList<>();
        Set<String> fields = new LinkedHashSet<>(now.get().fields().keySet());
        fields.addAll(old.get().fields().keySet());
        for (String field : fields) {
            if (!Objects.equals(
                    String.valueOf(old.get().fields().get(field)),
                    String.valueOf(now.get().fields().get(field)))) {
                changed.add(field);
            }
        }
        Map<ProcedureSection, String> oldSections = old.get().sections();
        Map<ProcedureSection, String> newSections = now.get().sections();
        for (ProcedureSection section : ProcedureSection.values()) {
            if (!Objects.equals(oldSections.get(section), newSections.get(section))) {
                changed.add("## " + section.heading());
            }
        }
        return changed;
    }
}
