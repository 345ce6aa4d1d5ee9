package es.madrid.linea.knowledge.editing;

import es.madrid.linea.bot.offices.OfficeDirectory;
import es.madrid.linea.knowledge.content.ContentFile;
import es.madrid.linea.knowledge.content.ContentFolder;
import es.madrid.linea.knowledge.content.ContentProblem;
import es.madrid.linea.knowledge.content.ProcedureReader;
import es.madrid.linea.knowledge.content.ProcedureReader.References;
import es.madrid.linea.knowledge.editing.HistoryEntry.Action;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Brings the kb-content files into the database at start-up: a procedure the database has never seen is stored as
 * revision 1 and published; a file that changed since it was last imported becomes a new published revision. Files
 * that did not change are left alone, so what editors did through the API (a newer revision, an unpublication)
 * stands until someone changes the file.
 */
public final class ContentImport {

    private static final Logger log = LoggerFactory.getLogger(ContentImport.class);

    /** The author of imported revisions. */
    public static final String AUTHOR = "kb-content";

    private final RevisionStore store;
    private final OfficeDirectory offices;
    private final TransactionOperations transactions;
    private final Clock clock;

    public ContentImport(
            RevisionStore store, OfficeDirectory offices, TransactionOperations transactions, Clock clock) {
        this.store = store;
        this.offices = offices;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Imports what is new or changed in the folder; returns the ids imported. */
    public List<String> run(ContentFolder folder) {
        List<ContentFile> files = folder.procedures();
        Set<String> known = files.stream()
                .map(ProcedureReader::declaredId)
                .flatMap(Optional::stream)
                .collect(Collectors.toSet());
        store.states().forEach(s -> known.add(s.procedureId()));
        References references =
                new References(known::contains, id -> offices.office(id).isPresent());
        return files.stream()
                .filter(file -> readable(file, references))
                .filter(this::importIfChanged)
                .map(ContentFile::baseName)
                .toList();
    }

    private static boolean readable(ContentFile file, References references) {
        List<ContentProblem> problems = ProcedureReader.read(file, references).problems();
        if (!problems.isEmpty()) {
            log.error(
                    "{} is not imported: {}",
                    file.path(),
                    problems.stream().map(ContentProblem::describe).toList());
        }
        return problems.isEmpty();
    }

    private boolean importIfChanged(ContentFile file) {
        String id = file.baseName();
        String hash = fingerprint(file.text());
        Optional<ProcedureState> state = store.state(id);
        if (state.isPresent() && hash.equals(state.get().importedHash())) {
            return false;
        }
        transactions.executeWithoutResult(status -> {
            Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
            String before = state.flatMap(s -> Optional.ofNullable(s.publishedRevision()))
                    .flatMap(revision -> store.revision(id, revision))
                    .map(Revision::content)
                    .orElse(null);
            long revision = store.addRevision(id, file.text(), AUTHOR, now);
            store.setPublished(id, revision, now);
            store.setImportedHash(id, hash);
            store.record(
                    id, revision, Action.IMPORTED, AUTHOR, now, ProcedureRevisions.changes(id, before, file.text()));
        });
        return true;
    }

    static String fingerprint(String text) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
