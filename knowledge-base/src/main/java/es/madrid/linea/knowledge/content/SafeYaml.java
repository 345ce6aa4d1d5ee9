package es.madrid.linea.knowledge.content;

import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * YAML read safely: only plain maps, lists and scalars (never Java objects), with limits that keep a hostile draft
 * from the editor API cheap: no alias bombs, no deep nesting, no huge documents, no repeated keys.
 */
public final class SafeYaml {

    /** The largest YAML document read: offices.yml is about 70 KB. */
    static final int MAX_CODE_POINTS = 1_000_000;

    private SafeYaml() {}

    /**
     * The document, or the problem that stops it from being read, in Spanish with its line number.
     *
     * @throws Unreadable with the Spanish explanation when it is not valid YAML
     */
    public static Object load(String text) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(10);
        options.setNestingDepthLimit(20);
        options.setCodePointLimit(MAX_CODE_POINTS);
        try {
            return new Yaml(new SafeConstructor(options)).load(text);
        } catch (MarkedYAMLException e) {
            String where = Optional.ofNullable(e.getProblemMark())
                    .map(mark -> " (línea " + (mark.getLine() + 1) + ")")
                    .orElse("");
            throw new Unreadable("el YAML no es válido" + where + ": " + e.getProblem());
        } catch (YAMLException e) {
            throw new Unreadable("el YAML no es válido: " + e.getMessage());
        }
    }

    /** A document that is not YAML; the message is for the editor. */
    public static final class Unreadable extends RuntimeException {
        Unreadable(String message) {
            super(message);
        }
    }
}
