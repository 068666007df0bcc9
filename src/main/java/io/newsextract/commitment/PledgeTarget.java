package io.newsextract.commitment;

import io.newsextract.api.Document;
import io.newsextract.api.Pipeline;
import io.newsextract.api.PipelineException;
import io.newsextract.api.Sentence;
import io.newsextract.corpora.SpeechActs;
import io.newsextract.learn.Classifier;
import io.newsextract.learn.Folds;
import io.newsextract.learn.TrainTarget;
import io.newsextract.learn.Trainer;
import io.newsextract.lexicon.LanguageResources;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.DoubleSummaryStatistics;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Trains the pledge decision on Speech-Acts ({@code speech-acts/}: Commissive-A and Commissive-O sentences are
 * pledges). Each CSV becomes one document, a sentence a paragraph, read by the pipeline up to the sectors; each row
 * gets the features ({@link PledgeFeatures}) of the pipeline sentences it overlaps. Cross-validates by document and
 * prints, beside the model's figures, those of the rules alone and of the keyword rule of {@code eval --sentences}.
 */
public final class PledgeTarget implements TrainTarget {

    /** The keyword rule {@code eval --sentences} compares English sets with (corpus/pledge-sentences/en*.tsv). */
    static final Pattern KEYWORDS = Pattern.compile("(?i)\\b(will|would|commit\\w*|pledg\\w*|promis\\w*)\\b");
    static final Trainer.Settings SETTINGS = new Trainer.Settings(300, 4.0, 2);
    /**
     * The model that reads words: the mean of two models regularised less and more (L2 2 and 8) instead of one at L2
     * 4. The first trusts rare words more, the second leans on the rules and word classes; their mean is steadier on
     * held-out documents than either (cross-validated F1 0.794 for one model at L2 4, 0.796 for the mean).
     */
    static final List<Trainer.Settings> LEXICAL = List.of(new Trainer.Settings(300, 2.0, 2),
            new Trainer.Settings(300, 8.0, 2));
    private static final double[] THRESHOLDS = {0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6};
    private static final int THREADS = 2;
    /** Partitions of the documents into folds beyond the one in document order, each shuffled with its seed. */
    private static final int SHUFFLES = 3;

    private final String name;
    private final boolean lexical;
    private final int folds;
    private final Supplier<Pipeline> reading;

    /** One labelled row: its document, whether it is a pledge, its features, and its text. */
    record Example(String doc, boolean pledge, List<String> features, String text) {
        boolean rulesSay() {
            return !features.contains("no-hit");
        }
    }

    /**
     * @param lexical whether the model reads words ({@code lexical} in {@code commitments.tsv}) or only what every
     *                language has ({@code abstract})
     * @param reading the pipeline up to the sectors (the stages before the commitments)
     */
    public PledgeTarget(String name, boolean lexical, int folds, Supplier<Pipeline> reading) {
        this.name = name;
        this.lexical = lexical;
        this.folds = folds;
        this.reading = reading;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String description() {
        return "whether a sentence holds a pledge (" + (lexical ? "rules, word classes and words" : "rules and word "
                + "classes only, for any language") + "), from speech-acts/ (Commissive-A/O)";
    }

    @Override
    public Classifier train(Path corpora, PrintStream log) {
        List<SpeechActs.Document> docs = SpeechActs.read(corpora.resolve("speech-acts"));
        List<List<Example>> examples = examples(docs, log);
        crossValidate(examples, log);
        Trainer t = new Trainer();
        examples.forEach(d -> d.forEach(e -> t.add(outcome(e), e.features())));
        log.printf("%s: training on %d sentences of %d documents%n", name, t.size(), docs.size());
        return t.train(name, settings());
    }

    private static String outcome(Example e) {
        return e.pledge() ? PledgeDecision.PLEDGE : PledgeDecision.NONE;
    }

    /** The examples of each document, in document order (the pipeline reads two documents at a time). */
    private List<List<Example>> examples(List<SpeechActs.Document> docs, PrintStream log) {
        long start = System.nanoTime();
        Pipeline pipeline = reading.get();
        CommitmentStage stage = new CommitmentStage(LanguageResources.load(List.of("en")));
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<List<Example>>> futures = new ArrayList<>();
            for (SpeechActs.Document d : docs) {
                futures.add(pool.submit(() -> examples(d, pipeline, stage)));
            }
            List<List<Example>> out = new ArrayList<>();
            for (Future<List<Example>> f : futures) {
                out.add(f.get());
            }
            log.printf("%s: read %d documents in %.1f s%n", name, docs.size(), (System.nanoTime() - start) / 1e9);
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PipelineException("interrupted", e);
        } catch (ExecutionException e) {
            throw new PipelineException("reading Speech-Acts failed: " + e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdown();
        }
    }

    private List<Example> examples(SpeechActs.Document d, Pipeline pipeline, CommitmentStage stage) {
        StringBuilder text = new StringBuilder();
        int[] starts = new int[d.sentences().size()];
        for (int i = 0; i < starts.length; i++) {
            starts[i] = text.length();
            text.append(d.sentences().get(i).text()).append("\n\n");
        }
        Document doc = pipeline.annotate(Document.of(d.id(), d.id() + ".txt", text.toString()));
        List<List<String>> features = stage.sentenceFeatures(doc, lexical);
        if (features == null) {
            throw new PipelineException(d.id() + ": read as " + doc.languageCode() + ", which has no commitment rules");
        }
        List<Example> out = new ArrayList<>();
        for (int i = 0; i < starts.length; i++) {
            SpeechActs.Sentence row = d.sentences().get(i);
            int from = starts[i];
            int to = from + row.text().length();
            Set<String> f = new LinkedHashSet<>();
            for (Sentence s : doc.sentences()) {
                if (s.span().start() < to && from < s.span().end()) {
                    f.addAll(features.get(s.index()));
                }
            }
            if (f.isEmpty()) {
                f.add("bias");
                f.add("no-hit");
            }
            out.add(new Example(d.id(), row.pledge(), List.copyOf(f), row.text()));
        }
        return out;
    }

    /**
     * Cross-validation by document: the model's figures by threshold, the rules' and the keyword rule's; then the
     * model's F1 by threshold over {@value #SHUFFLES} more partitions of the documents into folds (shuffled with
     * seeds 1, 2, ...), mean and range, since which documents share a fold moves the figure by about 0.01.
     */
    private void crossValidate(List<List<Example>> docs, PrintStream log) {
        List<Scored> held = heldOut(docs);
        log.printf("%s: %d-fold cross-validation by document, %d sentences, %d pledges%n", name, folds, held.size(),
                held.stream().filter(s -> s.example().pledge()).count());
        for (double threshold : THRESHOLDS) {
            log.printf("  model >= %.2f  %s%n", threshold, count(held, threshold));
        }
        List<Example> examples = held.stream().map(Scored::example).toList();
        log.printf("  rules alone   %s%n", Folds.count(examples, Example::pledge, Example::rulesSay));
        log.printf("  keywords      %s%n", Folds.count(examples, Example::pledge,
                e -> KEYWORDS.matcher(e.text()).find()));
        double[][] f1 = new double[SHUFFLES + 1][THRESHOLDS.length];
        for (int s = 0; s <= SHUFFLES; s++) {
            List<List<Example>> order = new ArrayList<>(docs);
            if (s > 0) {
                Collections.shuffle(order, new Random(s));
            }
            List<Scored> scored = s == 0 ? held : heldOut(order);
            for (int t = 0; t < THRESHOLDS.length; t++) {
                f1[s][t] = count(scored, THRESHOLDS[t]).f1();
            }
        }
        log.printf("%s: model F1 over %d partitions into folds (document order and %d shuffles), mean (min-max)%n",
                name, SHUFFLES + 1, SHUFFLES);
        for (int t = 0; t < THRESHOLDS.length; t++) {
            final int column = t;
            DoubleSummaryStatistics stats = Arrays.stream(f1).mapToDouble(row -> row[column]).summaryStatistics();
            log.printf("  model >= %.2f  F1 %.3f (%.3f-%.3f)%n", THRESHOLDS[t], stats.getAverage(), stats.getMin(),
                    stats.getMax());
        }
    }

    /** One held-out sentence and the pledge probability the model of the other folds gave it. */
    private record Scored(Example example, double probability) {
    }

    /** Every sentence scored by the model trained on the folds it is not in (document {@code i} in fold i mod k). */
    private List<Scored> heldOut(List<List<Example>> docs) {
        List<List<List<Example>>> byFold = Folds.byDocument(docs, folds);
        List<Scored> held = new ArrayList<>();
        for (int k = 0; k < folds; k++) {
            Trainer t = new Trainer();
            Folds.without(byFold, k).forEach(d -> d.forEach(e -> t.add(outcome(e), e.features())));
            Classifier c = t.train(name + "-fold" + k, settings());
            for (List<Example> d : byFold.get(k)) {
                for (Example e : d) {
                    held.add(new Scored(e, c.probability(e.features(), PledgeDecision.PLEDGE)));
                }
            }
        }
        return held;
    }

    private List<Trainer.Settings> settings() {
        return lexical ? LEXICAL : List.of(SETTINGS);
    }

    private static Folds.Prf count(List<Scored> held, double threshold) {
        return Folds.count(held, s -> s.example().pledge(), s -> s.probability() >= threshold);
    }
}
