package io.newsextract.quote;

import io.newsextract.StandardPipeline;
import io.newsextract.api.Document;
import io.newsextract.api.Pipeline;
import io.newsextract.api.Quote;
import io.newsextract.corpora.Polnear;
import io.newsextract.eval.PolnearGold;
import io.newsextract.learn.Classifier;
import io.newsextract.learn.Folds;
import io.newsextract.learn.TrainTarget;
import io.newsextract.learn.Trainer;
import io.newsextract.lexicon.LanguageResources;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Trains {@link QuoteSpanStage}'s model on PolNeAR {@code train}: every direct or partial quote the pipeline finds and
 * attributes is an example, labelled as {@code score.py} would judge it against the converter's gold (see
 * {@link #examples(Document, Polnear.Article, QuoteSpanFeatures)}). Prints the figures on
 * {@code dev} at each threshold (span level: gold = the converter's direct and partial quotes).
 */
public final class QuoteSpanTarget implements TrainTarget {

    /** One span: its label and features. */
    public record Example(String label, List<String> features) {
        public boolean speech() {
            return label.equals(QuoteSpanStage.SPEECH);
        }
    }

    private static final int THREADS = 2;

    @Override
    public String name() {
        return QuoteSpanStage.MODEL;
    }

    @Override
    public String description() {
        return "is a quote-mark span someone's words (PolNeAR train, tuned on dev)";
    }

    @Override
    public Classifier train(Path corpora, PrintStream log) {
        Pipeline pipeline = StandardPipeline.createUntil("attribution");
        QuoteSpanFeatures features = new QuoteSpanFeatures(LanguageResources.load(List.of("en")));
        List<Example> train = examples(pipeline, features, Polnear.read(corpora.resolve("polnear/train")), log);
        Classifier model = train(train);
        List<Polnear.Article> devArticles = Polnear.read(corpora.resolve("polnear/dev"));
        List<Example> dev = examples(pipeline, features, devArticles, log);
        int gold = 0;
        for (Polnear.Article a : devArticles) {
            gold += (int) PolnearGold.quotes(a).stream().filter(q -> !q.kind().equals("indirect")).count();
        }
        report(model, dev, gold, log);
        return model;
    }

    /** The model trained on the examples, with the shared trainer's default settings. */
    public static Classifier train(List<Example> examples) {
        Trainer t = new Trainer();
        examples.forEach(e -> t.add(e.label(), e.features()));
        return t.train(QuoteSpanStage.MODEL, Trainer.Settings.DEFAULT);
    }

    /** The examples of the articles, in article order, read on {@value #THREADS} threads. */
    static List<Example> examples(Pipeline pipeline, QuoteSpanFeatures features, List<Polnear.Article> articles,
                                  PrintStream log) {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<List<Example>>> parts = new ArrayList<>();
            for (Polnear.Article a : articles) {
                parts.add(pool.submit(() -> examples(pipeline.annotate(Document.of(a.id(), a.id(), a.text())),
                        a, features)));
            }
            List<Example> out = new ArrayList<>();
            for (Future<List<Example>> f : parts) {
                out.addAll(f.get());
            }
            log.printf("  %d articles, %d quote spans, %d speech, %d reported%n", articles.size(), out.size(),
                    out.stream().filter(Example::speech).count(),
                    out.stream().filter(e -> e.label().equals(QuoteSpanStage.REPORTED)).count());
            return out;
        } catch (InterruptedException | java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("reading PolNeAR failed", e);
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * The examples of one attributed document: its direct and partial quotes, labelled as the scorer would judge them
     * against the converter's gold: {@value QuoteSpanStage#SPEECH} when the span pairs with a gold direct or partial
     * quote (one to one, overlap at least half of the longer, greedy by overlap as {@code score.py} pairs them),
     * {@value QuoteSpanStage#REPORTED} when it overlaps a gold indirect quote by 0.3 of the longer (an unclosed quote
     * that runs to the paragraph end is reported speech for the converter), else {@value QuoteSpanStage#NOT}.
     */
    public static List<Example> examples(Document doc, Polnear.Article article, QuoteSpanFeatures features) {
        String text = article.text();
        List<int[]> golds = new ArrayList<>();
        List<int[]> indirect = new ArrayList<>();
        int hint = 0;
        for (PolnearGold.GoldQuote g : PolnearGold.quotes(article)) {
            if (g.kind().equals("indirect")) {
                indirect.add(locate(text, g.text(), 0));
            } else {
                int[] at = locate(text, g.text(), hint);
                golds.add(at);
                hint = at == null ? hint : at[1];
            }
        }
        List<Quote> spans = doc.quotes().stream().filter(q -> !q.kind().equals("indirect")).toList();
        boolean[] matched = pair(golds, spans);
        List<Example> out = new ArrayList<>();
        List<List<String>> spanFeatures = features.of(doc, spans);
        for (int k = 0; k < spans.size(); k++) {
            Quote q = spans.get(k);
            String label = matched[k] ? QuoteSpanStage.SPEECH : indirect.stream().anyMatch(g -> g != null
                    && overlap(g, q) > 0 && overlap(g, q) >= 0.3 * Math.max(g[1] - g[0], q.end() - q.start()))
                    ? QuoteSpanStage.REPORTED : QuoteSpanStage.NOT;
            out.add(new Example(label, spanFeatures.get(k)));
        }
        return out;
    }

    /** {@code score.py}'s locate: the text's first occurrence at or after {@code hint}, else anywhere; or null. */
    private static int[] locate(String text, String fragment, int hint) {
        int i = text.indexOf(fragment, hint);
        if (i < 0) {
            i = text.indexOf(fragment);
        }
        return i < 0 ? null : new int[]{i, i + fragment.length()};
    }

    private static int overlap(int[] g, Quote q) {
        return Math.max(0, Math.min(g[1], q.end()) - Math.max(g[0], q.start()));
    }

    /** {@code score.py}'s greedy one-to-one pairing at half of the longer: which spans pair with a gold quote. */
    private static boolean[] pair(List<int[]> golds, List<Quote> spans) {
        List<int[]> pairs = new ArrayList<>();
        for (int g = 0; g < golds.size(); g++) {
            for (int p = 0; p < spans.size(); p++) {
                int[] gs = golds.get(g);
                Quote q = spans.get(p);
                int ov = gs == null ? 0 : overlap(gs, q);
                if (ov > 0 && ov >= 0.5 * Math.max(gs[1] - gs[0], q.end() - q.start())) {
                    pairs.add(new int[]{ov, g, p});
                }
            }
        }
        pairs.sort((x, y) -> x[0] != y[0] ? Integer.compare(y[0], x[0]) : x[1] != y[1] ? Integer.compare(y[1], x[1])
                : Integer.compare(y[2], x[2]));
        boolean[] usedGold = new boolean[golds.size()];
        boolean[] matched = new boolean[spans.size()];
        for (int[] x : pairs) {
            if (!usedGold[x[1]] && !matched[x[2]]) {
                usedGold[x[1]] = true;
                matched[x[2]] = true;
            }
        }
        return matched;
    }

    private static void report(Classifier model, List<Example> dev, int gold, PrintStream log) {
        double[] p = dev.stream().mapToDouble(e -> model.probability(e.features(), QuoteSpanStage.SPEECH)).toArray();
        int found = (int) dev.stream().filter(Example::speech).count();
        log.printf("  dev: %d spans, %d speech, %d gold direct/partial quotes%n", dev.size(), found, gold);
        for (double t = 0; t < 0.96; t += 0.05) {
            double threshold = t;
            int tp = 0, predicted = 0;
            for (int i = 0; i < p.length; i++) {
                if (p[i] >= threshold) {
                    predicted++;
                    tp += dev.get(i).speech() ? 1 : 0;
                }
            }
            log.printf(Locale.ROOT, "  threshold %.2f: %s%n", t, new Folds.Prf(tp, predicted, gold));
        }
        int tp = 0, predicted = 0;
        for (Example e : dev) {
            List<String> f = e.features();
            double[] ps = {model.probability(f, QuoteSpanStage.SPEECH), model.probability(f, QuoteSpanStage.REPORTED),
                    model.probability(f, QuoteSpanStage.NOT)};
            if (QuoteSpanStage.decide(ps, f.contains("closed=true"), f.contains("paired=true"),
                    QuoteSpanFeatures.OpenQuotes.DROP,
                    QuoteSpanStage.THRESHOLD) == QuoteSpanStage.Outcome.QUOTE) {
                predicted++;
                tp += e.speech() ? 1 : 0;
            }
        }
        log.printf("  dev, as the stage decides: quotes %s%n", new Folds.Prf(tp, predicted, gold));
    }
}
