package es.madrid.linea.knowledge;

import es.madrid.linea.bot.knowledge.Procedure;
import es.madrid.linea.knowledge.content.ContentFolder;
import es.madrid.linea.knowledge.content.KnowledgeContent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The kb-content folder of this working tree, as the build passes it ({@code kb.content.dir}). */
public final class KbContent {

    public static Path path() {
        Path folder = Path.of(System.getProperty("kb.content.dir", "../kb-content"));
        if (!Files.isDirectory(folder.resolve("procedures"))) {
            throw new IllegalStateException("kb-content not found at " + folder.toAbsolutePath());
        }
        return folder;
    }

    public static ContentFolder folder() {
        return ContentFolder.onDisk(path());
    }

    /** The procedures of the working tree (read once per test run), at revision 1 like a first start. */
    public static List<Procedure> procedures() {
        return Read.PROCEDURES;
    }

    private static final class Read {
        static final List<Procedure> PROCEDURES = KnowledgeContent.read(folder()).orFail().procedures().stream()
                .map(p -> p.withRevision(1))
                .toList();
    }

    private KbContent() {}
}
