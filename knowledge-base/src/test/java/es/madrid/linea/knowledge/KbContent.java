package es.madrid.linea.knowledge;

import es.madrid.linea.knowledge.content.ContentFolder;
import java.nio.file.Files;
import java.nio.file.Path;

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

    private KbContent() {}
}
