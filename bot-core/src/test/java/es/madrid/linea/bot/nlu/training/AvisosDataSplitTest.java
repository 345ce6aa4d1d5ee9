package es.madrid.linea.bot.nlu.training;

import static org.assertj.core.api.Assertions.assertThat;

import es.madrid.linea.bot.nlu.incidents.AvisosReport;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The category classifier's data split: the train, dev and test splits share no text, and the builder trains on the
 * train split and tunes on the dev split only.
 */
class AvisosDataSplitTest {

    private static final TrainingData DATA = new TrainingData(ContentFolder.ROOT);

    @Test
    void theThreeSplitsShareNoDescription() {
        Set<String> train = descriptions(AvisosReport.read(DATA.avisosTrain()));
        Set<String> dev = descriptions(AvisosReport.read(DATA.avisosDev()));
        Set<String> test = descriptions(AvisosReport.read(
                ContentFolder.ROOT.resolve(TrainingData.HELD_OUT_FOLDER).resolve("avisos-madrid/test.jsonl.gz")));
        assertThat(train).hasSize(60_529);
        assertThat(dev).hasSize(2_970);
        assertThat(test).hasSize(5_951);
        assertThat(intersection(train, dev)).isEmpty();
        assertThat(intersection(train, test)).isEmpty();
        assertThat(intersection(dev, test)).isEmpty();
    }

    @Test
    void theBuilderTrainsOnTheTrainSplitAndTunesOnTheDevSplit() {
        assertThat(DATA.avisosTrain().toString()).endsWith("nlu/data/avisos-madrid/train.jsonl.gz");
        assertThat(DATA.avisosDev().toString()).endsWith("eval/avisos-madrid/dev.jsonl.gz");
    }

    private static Set<String> descriptions(List<AvisosReport> reports) {
        Set<String> texts = new HashSet<>();
        reports.forEach(r -> texts.add(r.description()));
        return texts;
    }

    private static Set<String> intersection(Set<String> a, Set<String> b) {
        Set<String> common = new HashSet<>(a);
        common.retainAll(b);
        return common;
    }
}
