package io.newsextract.sector;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsextract.api.Document;
import io.newsextract.api.Pipeline;
import io.newsextract.api.PipelineException;
import io.newsextract.io.Json;
import io.newsextract.learn.Classifier;
import io.newsextract.learn.Folds;
import io.newsextract.learn.Folds.Prf;
import io.newsextract.learn.TrainTarget;
import io.newsextract.learn.Trainer;
import io.newsextract.lexicon.LanguageResources;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Trains the sector decision on the hand-labelled development sets of whole news articles ({@code <set>/text/*.txt}
 * with {@code <set>/gold/<docId>.json}, whose {@code sectors} are the ids the article talks about), not on the shared
 * corpora, which label no sectors. An example is one (article, sector its terms name) with the
 * {@link SectorFeatures} of the pipeline's reading up to the sectors; it is positive when the gold lists the sector.
 * Cross-validates by document and prints, per set and in total, the sector P/R/F1 of the rule alone and of the stage's
 * decision (keep a rule sector unless p is under a threshold, add another from a threshold) for a grid of
 * thresholds; recall counts the gold sectors no term names.
 */
public final class SectorTarget implements TrainTarget {

    static final Trainer.Settings SETTINGS = new Trainer.Settings(300, 2.0, 2);
    private static final double[] DROP_UNDER = {0.0, 0.05, 0.1, 0.15, 0.2, 0.3};
    private static final double[] ADD_FROM = {0.3, 0.4, 0.5, 0.6, 1.01};

    private final Path devsets;
    private final List<String> sets;
    private final int folds;
    private final Supplier<Pipeline> reading;

    /** One (article, sector): whether the gold lists it, whether the rule finds it, and the features. */
    record Example(String sector, boolean gold, boolean rule, List<String> features) {
    }

    /** One article: its set, its examples, and how many gold sectors it has (named by a term or not). */
    record Article(String set, String id, List<Example> examples, int gold) {
    }

    /**
     * @param devsets the folder holding the sets
     * @param sets    the sets to train on, each a folder with {@code text/} and {@code gold/}
     * @param reading the pipeline up to the sectors (the stages before them)
     */
    public SectorTarget(Path devsets, List<String> sets, int folds, Supplier<Pipeline> reading) {
        this.devsets = devsets;
        this.sets = List.copyOf(sets);
        this.folds = folds;
        this.reading = reading;
    }

    @Override
    public String name() {
        return SectorStage.MODEL;
    }

    @Override
    public String description() {
        return "whether an article talks about a sector its terms name, from the development sets " + sets + " of "
                + devsets + " (not the corpora)";
    }

    /** Trains on the development sets; {@code corpora} is not read (no shared corpus labels sectors). */
    @Override
    public Classifier train(Path corpora, PrintStream log) {
        List<Article> articles = read(log);
        crossValidate(articles, log);
        Trainer t = new Trainer();
        articles.forEach(a -> a.examples().forEach(e -> t.add(outcome(e), e.features())));
        log.printf("%s: training on %d (article, sector) pairs of %d articles%n", name(), t.size(), articles.size());
        return t.train(name(), SETTINGS);
    }

    private static String outcome(Example e) {
        return e.gold() ? SectorStage.SECTOR : SectorStage.NONE;
    }

    private List<Article> read(PrintStream log) {
        long start = System.nanoTime();
        Pipeline pipeline = reading.get();
        SectorEvidence evidence = new SectorEvidence(LanguageResources.load(List.of("en", "it")));
        List<Article> out = new ArrayList<>();
        for (String set : sets) {
            for (Path text : texts(devsets.resolve(set).resolve("text"))) {
                String id = text.getFileName().toString().replaceFirst("\\.txt$", "");
                Set<String> gold = gold(devsets.resolve(set).resolve("gold").resolve(id + ".json"));
                Document doc = pipeline.annotate(Document.of(id, id + ".txt", readString(text)));
                if (!evidence.supports(doc.languageCode())) {
                    throw new PipelineException(id + ": read as " + doc.languageCode() + ", which has no sector terms");
                }
                SectorEvidence.Article a = evidence.read(doc);
                List<Example> examples = new ArrayList<>();
                for (SectorEvidence.Candidate c : a.candidates()) {
                    examples.add(new Example(c.id(), gold.contains(c.id()), c.ruleSays(a), SectorFeatures.of(a, c)));
                }
                out.add(new Article(set, id, examples, gold.size()));
            }
        }
        log.printf("%s: read %d articles in %.1f s%n", name(), out.size(), (System.nanoTime() - start) / 1e9);
        return out;
    }

    private static List<Path> texts(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new PipelineException("cannot list " + dir, e);
        }
    }

    private static String readString(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new PipelineException("cannot read " + p, e);
        }
    }

    private static Set<String> gold(Path file) {
        try {
            Set<String> out = new LinkedHashSet<>();
            Json.MAPPER.readTree(file.toFile()).path("sectors").forEach(s -> out.add(s.asText()));
            return out;
        } catch (IOException e) {
            throw new PipelineException("cannot read gold " + file, e);
        }
    }

    /** Cross-validation by document: per set and in total, the rule's figures and the stage's by thresholds. */
    private void crossValidate(List<Article> articles, PrintStream log) {
        List<List<Article>> byFold = Folds.byDocument(articles, folds);
        List<Article> held = new ArrayList<>();
        List<List<Double>> probabilities = new ArrayList<>();
        for (int k = 0; k < folds; k++) {
            Trainer t = new Trainer();
            Folds.without(byFold, k).forEach(a -> a.examples().forEach(e -> t.add(outcome(e), e.features())));
            Classifier c = t.train(name() + "-fold" + k, SETTINGS);
            for (Article a : byFold.get(k)) {
                held.add(a);
                probabilities.add(a.examples().stream().map(e -> c.probability(e.features(), SectorStage.SECTOR))
                        .toList());
            }
        }
        log.printf("%s: %d-fold cross-validation by document, %d articles, %d (article, sector) pairs, %d gold "
                        + "sectors%n", name(), folds, held.size(), held.stream().mapToInt(a -> a.examples().size()).sum(),
                held.stream().mapToInt(Article::gold).sum());
        List<String> groups = new ArrayList<>(sets);
        groups.add("all");
        for (String group : groups) {
            log.printf("  %s rules alone  %s%n", group, score(held, probabilities, group, -1, -1));
            for (double drop : DROP_UNDER) {
                for (double add : ADD_FROM) {
                    log.printf("  %s drop<%.2f add>=%.2f  %s%n", group, drop, add,
                            score(held, probabilities, group, drop, add));
                }
            }
        }
    }

    /** Sector P/R/F1 of the articles of {@code group}: the rule's when {@code drop} is negative. */
    private static Prf score(List<Article> held, List<List<Double>> probabilities, String group, double drop,
                             double add) {
        Prf total = new Prf(0, 0, 0);
        for (int i = 0; i < held.size(); i++) {
            Article a = held.get(i);
            if (!group.equals("all") && !group.equals(a.set())) {
                continue;
            }
            int tp = 0;
            int predicted = 0;
            for (int j = 0; j < a.examples().size(); j++) {
                Example e = a.examples().get(j);
                double p = probabilities.get(i).get(j);
                boolean keep = drop < 0 ? e.rule() : e.rule() ? p >= drop : p >= add;
                predicted += keep ? 1 : 0;
                tp += keep && e.gold() ? 1 : 0;
            }
            total = total.plus(new Prf(tp, predicted, a.gold()));
        }
        return total;
    }
}
