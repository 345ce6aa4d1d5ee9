package es.madrid.linea.knowledge.editing;

import es.madrid.linea.knowledge.api.BadParameterException;
import es.madrid.linea.knowledge.editing.EditorDesk.Change;
import es.madrid.linea.knowledge.editing.EditorDesk.Listed;
import es.madrid.linea.knowledge.editing.EditorDesk.Preview;
import java.security.Principal;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The editors' API (role EDITOR): drafts, preview, publication, history, revisions, restore and unpublication of a
 * procedure. A draft is the procedure's Markdown file, sent as {@code text/markdown} (or {@code text/plain}) or as
 * JSON {@code {"markdown": "..."}}; it is checked with the same rules as kb-content and refused with 400 naming each
 * wrong field.
 */
@RestController
@RequestMapping(path = "/api/v1/kb/procedures", produces = "application/json")
class EditorController {

    static final String ANONYMOUS = "anónimo";

    private final EditorDesk desk;

    EditorController(EditorDesk desk) {
        this.desk = desk;
    }

    /** A draft sent as JSON. */
    record DraftBody(String markdown) {}

    /** A revision as the API shows it. */
    record RevisionView(String id, long revision, String markdown, String createdBy, Instant createdAt) {
        static RevisionView of(Revision r) {
            return new RevisionView(r.procedureId(), r.revision(), r.content(), r.createdBy(), r.createdAt());
        }
    }

    /** A stored change. */
    record ChangeView(String id, long revision, String status, List<String> changes) {
        static ChangeView of(Change change, String status) {
            return new ChangeView(change.procedureId(), change.revision(), status, change.changes());
        }
    }

    /** The history of a procedure. */
    record HistoryView(String id, Long published, Long draft, List<EntryView> entries) {}

    /** One thing that happened: who, when, what, and what changed. */
    record EntryView(Long revision, String action, String by, Instant at, List<String> changes) {
        static EntryView of(HistoryEntry e) {
            return new EntryView(e.revision(), e.action().apiName(), e.actor(), e.at(), e.changes());
        }
    }

    @GetMapping
    List<Listed> procedures() {
        return desk.procedures();
    }

    @PutMapping(
            path = "/{id}/draft",
            consumes = {"text/markdown", MediaType.TEXT_PLAIN_VALUE})
    ResponseEntity<ChangeView> saveMarkdown(@PathVariable String id, @RequestBody String markdown, Principal who) {
        return saved(desk.saveDraft(id, markdown, name(who)));
    }

    @PutMapping(path = "/{id}/draft", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ChangeView> saveJson(@PathVariable String id, @RequestBody DraftBody body, Principal who) {
        if (body.markdown() == null || body.markdown().isBlank()) {
            throw new BadParameterException("missing_markdown", "Falta \"markdown\": el archivo de la ficha.");
        }
        return saved(desk.saveDraft(id, body.markdown(), name(who)));
    }

    @GetMapping("/{id}/draft")
    RevisionView draft(@PathVariable String id) {
        return RevisionView.of(desk.draft(id));
    }

    @DeleteMapping("/{id}/draft")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void discardDraft(@PathVariable String id, Principal who) {
        desk.discardDraft(id, name(who));
    }

    @GetMapping("/{id}/draft/preview")
    Preview preview(
            @PathVariable String id,
            @RequestParam(name = "q", required = false) String q,
            @RequestParam(name = "limit", defaultValue = "5") int limit) {
        if (q == null || q.isBlank()) {
            throw new BadParameterException("missing_query", "Falta la pregunta de prueba: usa ?q=...");
        }
        return desk.preview(id, q, Math.max(1, Math.min(limit, 20)));
    }

    @PostMapping("/{id}/publish")
    ChangeView publish(@PathVariable String id, Principal who) {
        return ChangeView.of(desk.publish(id, name(who)), "published");
    }

    @GetMapping("/{id}/history")
    HistoryView history(@PathVariable String id) {
        ProcedureState state = desk.state(id);
        List<EntryView> entries = desk.history(id).stream().map(EntryView::of).toList();
        return new HistoryView(id, state.publishedRevision(), state.draftRevision(), entries);
    }

    @GetMapping("/{id}/revisions/{revision}")
    RevisionView revision(@PathVariable String id, @PathVariable long revision) {
        return RevisionView.of(desk.revision(id, revision));
    }

    @PostMapping("/{id}/revisions/{revision}/restore")
    ChangeView restore(@PathVariable String id, @PathVariable long revision, Principal who) {
        return ChangeView.of(desk.restore(id, revision, name(who)), "published");
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void unpublish(@PathVariable String id, Principal who) {
        desk.unpublish(id, name(who));
    }

    private static ResponseEntity<ChangeView> saved(Change change) {
        return ResponseEntity.status(change.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(ChangeView.of(change, "draft"));
    }

    private static String name(Principal who) {
        return who == null ? ANONYMOUS : who.getName();
    }
}
