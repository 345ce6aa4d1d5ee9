package es.madrid.linea.bot.nlu.intents;

import es.madrid.linea.bot.nlu.Intents;
import es.madrid.linea.bot.nlu.training.JsonLines;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The Spanish out-of-scope corpus (Schuster et al., 2019: alarms, reminders, weather) in its 3-column TSV view
 * (intent, utterance, slots; a header row): every utterance is out of scope for the council.
 */
public final class OutOfScopeCorpus {

    private OutOfScopeCorpus() {}

    public static List<LabelledText> read(Path tsv) {
        List<LabelledText> rows = new ArrayList<>();
        try (BufferedReader reader = JsonLines.open(tsv)) {
            String line = reader.readLine(); // header
            while ((line = reader.readLine()) != null) {
                String[] columns = line.split("\t", -1);
                if (columns.length >= 2 && !columns[1].isBlank()) {
                    rows.add(new LabelledText(columns[1], Intents.OUT_OF_SCOPE));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + tsv, e);
        }
        return rows;
    }
}
