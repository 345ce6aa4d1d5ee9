package es.madrid.linea.knowledge.content;

/**
 * One of the editors' files.
 *
 * @param path the path inside kb-content, with forward slashes, e.g. {@code procedures/ibi-pago.md}
 */
public record ContentFile(String path, String text) {

    /** The file name without folder and extension: {@code ibi-pago}. */
    public String baseName() {
        String name = path.substring(path.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }
}
