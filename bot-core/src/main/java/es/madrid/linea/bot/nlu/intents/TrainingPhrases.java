package es.madrid.linea.bot.nlu.intents;

import es.madrid.linea.bot.nlu.Intents;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** The editors' training phrases, {@code kb-content/nlu/<intent>.yml}: {@code intent:} and a list of {@code examples}. */
public final class TrainingPhrases {

    private TrainingPhrases() {}

    /** Every example of every intent file in a folder, checked against the catalogue's intent names. */
    public static List<LabelledText> read(Path nluFolder) {
        List<Path> files;
        try (Stream<Path> listing = Files.list(nluFolder)) {
            files = listing.filter(p -> p.getFileName().toString().endsWith(".yml"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + nluFolder, e);
        }
        YAMLMapper yaml = YAMLMapper.builder().build();
        List<LabelledText> phrases = new ArrayList<>();
        for (Path file : files) {
            JsonNode root;
            try {
                root = yaml.readTree(Files.readString(file));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
            String intent = root.path("intent").asString("");
            if (!Intents.ALL.contains(intent)) {
                throw new IllegalArgumentException(file + ": unknown intent '" + intent + "'");
            }
            for (JsonNode example : root.path("examples")) {
                phrases.add(new LabelledText(example.asString(), intent));
            }
        }
        return phrases;
    }
}
