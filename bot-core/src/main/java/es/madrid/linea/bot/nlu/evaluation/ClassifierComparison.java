package es.madrid.linea.bot.nlu.evaluation;

import es.madrid.linea.bot.nlu.classification.LabelledFeatures;
import es.madrid.linea.bot.nlu.classification.LinearModel;
import es.madrid.linea.bot.nlu.classification.TextFeatures;
import es.madrid.linea.bot.nlu.entities.Districts;
import es.madrid.linea.bot.nlu.entities.EntityExtraction;
import es.madrid.linea.bot.nlu.incidents.AvisosReport;
import es.madrid.linea.bot.nlu.incidents.IncidentModelTraining;
import es.madrid.linea.bot.nlu.intents.IntentModelTraining;
import es.madrid.linea.bot.nlu.intents.LabelledText;
import es.madrid.linea.bot.nlu.intents.OutOfScopeCorpus;
import es.madrid.linea.bot.nlu.intents.TrainingPhrases;
import es.madrid.linea.bot.nlu.normalisation.TextNormaliser;
import es.madrid.linea.bot.nlu.training.ConsoleOutput;
import es.madrid.linea.bot.nlu.training.IntentDevSet;
import es.madrid.linea.bot.nlu.training.TrainingData;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import opennlp.tools.doccat.BagOfWordsFeatureGenerator;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.doccat.NGramFeatureGenerator;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/**
 * The figures behind the choice of classifier: OpenNLP's naive Bayes and maxent (GIS) document categorisers, on the
 * same normalised words and word bigrams, against our logistic regression over words and character n-grams, all
 * trained on the train data and measured on the dev sets (intents: accuracy and macro-F1; Avisos: top-1 and top-3).
 * Run it with {@code bin/compare-nlu-classifiers}; it takes a few minutes.
 */
public final class ClassifierComparison {

    private ClassifierComparison() {}

    public static void main(String[] args) throws IOException {
        PrintStream out = ConsoleOutput.open();
        TrainingData data = new TrainingData(Path.of(args.length > 0 ? args[0] : "kb-content"));
        EntityExtraction entities = EntityExtraction.standard(Districts.read(data.districts()));
        Function<String, List<String>> tokens = text -> TextNormaliser.tokens(text, entities.spans(text));

        List<LabelledText> phrases = new ArrayList<>(TrainingPhrases.read(data.intentPhrases()));
        List<LabelledText> outOfScope = OutOfScopeCorpus.read(data.outOfScopeTrain());
        List<LabelledText> intentsDev = IntentDevSet.read(data.intentsDev());
        List<Example> intentTrain = new ArrayList<>();
        phrases.forEach(p -> intentTrain.add(new Example(tokens.apply(p.text()), p.intent())));
        // OpenNLP has no example weights: a sample of the out-of-scope corpus the size of the weight we give it.
        for (int i = 0; i < outOfScope.size(); i += Math.max(1, outOfScope.size() / 300)) {
            intentTrain.add(new Example(
                    tokens.apply(outOfScope.get(i).text()), outOfScope.get(i).intent()));
        }
        List<Example> intentDev = intentsDev.stream()
                .map(r -> new Example(tokens.apply(r.text()), r.intent()))
                .toList();
        List<Example> avisosTrain = AvisosReport.read(data.avisosTrain()).stream()
                .map(r -> new Example(tokens.apply(r.description()), r.serviceId()))
                .toList();
        List<Example> avisosDev = AvisosReport.read(data.avisosDev()).stream()
                .map(r -> new Example(tokens.apply(r.description()), r.serviceId()))
                .toList();

        for (String algorithm : List.of("NAIVEBAYES", "MAXENT")) {
            long start = System.nanoTime();
            DocumentCategorizerME intents = openNlp(intentTrain, algorithm);
            double[] intentScores = score(intents, intentDev);
            double intentSeconds = (System.nanoTime() - start) / 1e9;
            start = System.nanoTime();
            DocumentCategorizerME avisos = openNlp(avisosTrain, algorithm);
            double[] avisosScores = score(avisos, avisosDev);
            out.printf(
                    "OpenNLP %-10s intents dev: accuracy %.4f macro-F1 %.4f (%.1f s) | Avisos dev: top-1 %.4f top-3 %.4f (%.1f s)%n",
                    algorithm,
                    intentScores[0],
                    intentScores[1],
                    intentSeconds,
                    avisosScores[2],
                    avisosScores[3],
                    (System.nanoTime() - start) / 1e9);
        }

        IntentModelTraining intentTraining = IntentModelTraining.standard();
        IncidentModelTraining avisosTraining = IncidentModelTraining.standard();
        long start = System.nanoTime();
        LinearModel intentModel = linear(intentTraining.features(), intentTrain, intentTraining.trainer()::train);
        double[] intentScores = score(intentModel, intentTraining.features(), intentDev);
        double intentSeconds = (System.nanoTime() - start) / 1e9;
        start = System.nanoTime();
        LinearModel avisosModel = linear(avisosTraining.features(), avisosTrain, avisosTraining.trainer()::train);
        double[] avisosScores = score(avisosModel, avisosTraining.features(), avisosDev);
        out.printf(
                "Logistic regression    intents dev: accuracy %.4f macro-F1 %.4f (%.1f s) | Avisos dev: top-1 %.4f top-3 %.4f (%.1f s)%n",
                intentScores[0],
                intentScores[1],
                intentSeconds,
                avisosScores[2],
                avisosScores[3],
                (System.nanoTime() - start) / 1e9);
        out.println(
                "(raw argmax of each model: no out-of-scope threshold, no category-size correction, no calibration)");
    }

    /** A tokenised text and its label. */
    private record Example(List<String> tokens, String label) {}

    private static DocumentCategorizerME openNlp(List<Example> train, String algorithm) throws IOException {
        TrainingParameters parameters = new TrainingParameters();
        parameters.put(TrainingParameters.ALGORITHM_PARAM, algorithm);
        parameters.put(TrainingParameters.CUTOFF_PARAM, 2);
        parameters.put(TrainingParameters.ITERATIONS_PARAM, 100);
        parameters.put(TrainingParameters.THREADS_PARAM, 1);
        DoccatFactory factory = new DoccatFactory(
                new FeatureGenerator[] {new BagOfWordsFeatureGenerator(), new NGramFeatureGenerator(2, 2)});
        List<DocumentSample> samples = train.stream()
                .map(e -> new DocumentSample(e.label(), e.tokens().toArray(String[]::new)))
                .toList();
        DoccatModel model =
                DocumentCategorizerME.train("es", ObjectStreamUtils.createObjectStream(samples), parameters, factory);
        return new DocumentCategorizerME(model);
    }

    private static double[] score(DocumentCategorizerME categorizer, List<Example> dev) {
        Scorer scorer = new Scorer();
        for (Example example : dev) {
            double[] p = categorizer.categorize(example.tokens().toArray(String[]::new));
            List<String> labels = new ArrayList<>();
            for (int i = 0; i < p.length; i++) {
                labels.add(categorizer.getCategory(i));
            }
            scorer.add(example.label(), p, labels);
        }
        return scorer.result();
    }

    private static LinearModel linear(
            TextFeatures features, List<Example> train, Function<List<LabelledFeatures>, LinearModel> trainer) {
        return trainer.apply(train.stream()
                .map(e -> new LabelledFeatures(features.extract(e.tokens()), e.label(), 1.0))
                .toList());
    }

    private static double[] score(LinearModel model, TextFeatures features, List<Example> dev) {
        Scorer scorer = new Scorer();
        for (Example example : dev) {
            scorer.add(example.label(), model.scores(features.extract(example.tokens())), model.labels());
        }
        return scorer.result();
    }

    /** Accuracy, macro-F1, top-1 and top-3 of scored examples. */
    private static final class Scorer {
        private final ClassificationReport report = new ClassificationReport();
        private int inTop3;

        void add(String gold, double[] scores, List<String> labels) {
            int goldIndex = labels.indexOf(gold);
            int best = 0;
            int better = 0;
            for (int i = 0; i < scores.length; i++) {
                if (scores[i] > scores[best]) {
                    best = i;
                }
                if (goldIndex >= 0 && scores[i] > scores[goldIndex]) {
                    better++;
                }
            }
            report.add(gold, labels.get(best));
            inTop3 += goldIndex >= 0 && better < 3 ? 1 : 0;
        }

        double[] result() {
            return new double[] {
                report.accuracy(), report.macroF1(), report.accuracy(), inTop3 / (double) report.total()
            };
        }
    }
}
