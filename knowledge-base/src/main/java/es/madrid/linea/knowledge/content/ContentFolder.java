package es.madrid.linea.knowledge.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Where the editors' files are: a folder in the working tree ({@code file:../kb-content/}) or the copy packaged on the
 * classpath ({@code classpath:kb-content/}). Files come back sorted by path, so every check and every index is built
 * in the same order.
 */
public final class ContentFolder {

    public static final String PROCEDURES = "procedures";
    public static final String OFFICES = "offices/offices.yml";
    public static final String DISTRICTS = "offices/districts.yml";
    public static final String NLU = "nlu";
    public static final String EVAL = "eval";

    private final String location;
    private final PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();

    /** @param location a Spring resource location of the kb-content folder, e.g. {@code classpath:kb-content/} */
    public ContentFolder(String location) {
        this.location = location.endsWith("/") ? location : location + "/";
    }

    public static ContentFolder onDisk(Path folder) {
        return new ContentFolder(folder.toAbsolutePath().normalize().toUri().toString());
    }

    public String location() {
        return location;
    }

    /** The procedures' Markdown files. */
    public List<ContentFile> procedures() {
        return files(PROCEDURES, ".md");
    }

    /** The files of a folder with this extension (e.g. {@code nlu}, {@code .yml}). */
    public List<ContentFile> files(String folder, String extension) {
        try {
            Resource[] found = resolver.getResources(patternBase() + folder + "/*" + extension);
            return Arrays.stream(found)
                    .filter(Resource::isReadable)
                    .map(r -> read(folder + "/" + r.getFilename(), r))
                    .sorted(Comparator.comparing(ContentFile::path))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + location + folder, e);
        }
    }

    /** One file by its path inside the folder, if it exists. */
    public Optional<ContentFile> file(String path) {
        Resource resource = resolver.getResource(location + path);
        return resource.exists() ? Optional.of(read(path, resource)) : Optional.empty();
    }

    private String patternBase() {
        // classpath: finds one copy; classpath*: finds it in whichever jar or folder holds it.
        return location.startsWith("classpath:") ? "classpath*:" + location.substring("classpath:".length()) : location;
    }

    private static ContentFile read(String path, Resource resource) {
        try {
            return new ContentFile(path, resource.getContentAsString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }
}
