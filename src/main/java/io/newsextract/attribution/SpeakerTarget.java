package io.newsextract.attribution;

import io.newsextract.api.Document;
import io.newsextract.api.Pipeline;
import io.newsextract.api.PipelineException;
import io.newsextract.corpora.Polnear;
import io.newsextract.learn.Classifier;
import io.newsextract.learn.TrainTarget;
import io.newsextract.learn.Trainer;
import io.newsextract.lexicon.LanguageResources;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * Trains the speaker model ({@code models/learned/speaker.bin}) on PolNeAR {@code train}: each article read by the
 * pipeline up to the stage before attribution, the rules run, every candidate of every attributed quote an example
 * ({@link SpeakerExamples}); a binary maxent. Prints the top-1 accuracy of the model and of the rules on {@code dev}.
 * Articles are read on two threads; the examples keep the articles' order, so the model file is the same each time.
 */
public final class SpeakerTarget implements TrainTarget {

    private static final Trainer.Settings SETTINGS = new Trainer.Settings(300, 1.0, 2);
    private static final int THREADS = 2;

    private final Supplier<Pipeline> reading;

    /** {@code reading}: the pipeline up to the stage before attribution, built when training starts. */
    public SpeakerTarget(Supplier<Pipeline> reading) {
        this.reading = reading;
    }

    @Override
    public String name() {
        return SpeakerRanker.MODEL;
    }

    @Override
    public String description() {
        return "who said a quote: ranks the candidate mentions, the attribution rules as features (PolNeAR train)";
    }

    @Override
    public Classifier train(Path corpora, PrintStream log) {
        Pipeline pipeline = reading.get();
        SpeakerExamples examples = new SpeakerExamples(LanguageResources.load(List.of("en")));
        List<SpeakerExamples.Quote> train = read(corpora.resolve("polnear/train"), pipeline, examples, log);
        Trainer trainer = new Trainer();
        SpeakerExamples.addTo(trainer, train);
        log.printf("train: %d quotes with a source, %d reachable, %d candidates%n", train.size(),
                train.stream().filter(SpeakerExamples.Quote::reachable).count(), trainer.size());
        Classifier model = trainer.train(name(), SETTINGS);
        List<SpeakerExamples.Quote> dev = read(corpora.resolve("polnear/dev"), pipeline, examples, log);
        report(model, dev, log);
        return model;
    }

    /** Top-1 accuracy on {@code quotes}: the model's, the rules', and how many quotes a candidate can answer. */
    static void report(Classifier model, List<SpeakerExamples.Quote> quotes, PrintStream log) {
        int reachable = 0;
        int rulesRight = 0;
        double[] margins = {0, 0.05, 0.1, 0.2, 0.3, 0.5};
        int[] modelRight = new int[margins.length];
        for (SpeakerExamples.Quote q : quotes) {
            double[] scores = q.features().stream().mapToDouble(f -> model.probability(f, SpeakerRanker.YES)).toArray();
            reachable += q.reachable() ? 1 : 0;
            rulesRight += q.rulesRight() ? 1 : 0;
            for (int i = 0; i < margins.length; i++) {
                modelRight[i] += q.rightWith(scores, margins[i]) ? 1 : 0;
            }
        }
        int n = Math.max(1, quotes.size());
        log.printf("dev: %d quotes with a source, %d reachable; top-1 rules %d (%.3f)%n", quotes.size(), reachable,
                rulesRight, (double) rulesRight / n);
        for (int i = 0; i < margins.length; i++) {
            log.printf("dev: top-1 model, overriding the rules by a margin of %.2f%s: %d (%.3f)%n", margins[i],
                    margins[i] == SpeakerRanker.MARGIN ? " (used)" : "", modelRight[i], (double) modelRight[i] / n);
        }
    }

    private static List<SpeakerExamples.Quote> read(Path split, Pipeline pipeline, SpeakerExamples examples,
                                                    PrintStream log) {
        List<Polnear.Article> articles = Polnear.read(split);
        log.printf("reading %d articles of %s%n", articles.size(), split);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<List<SpeakerExamples.Quote>>> futures = new ArrayList<>();
            for (Polnear.Article a : articles) {
                futures.add(pool.submit(() -> examples.of(
                        pipeline.annotate(Document.of(a.id(), a.id() + ".txt", a.text())), a.attributions())));
            }
            List<SpeakerExamples.Quote> out = new ArrayList<>();
            for (Future<List<SpeakerExamples.Quote>> f : futures) {
                out.addAll(f.get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PipelineException("training interrupted", e);
        } catch (ExecutionException e) {
            throw new PipelineException("cannot read " + split + ": " + e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
