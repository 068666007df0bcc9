package io.newsextract.eval;

import io.newsextract.api.Document;
import io.newsextract.api.Pipeline;
import io.newsextract.api.Pledge;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Sentence-level pledge detection on a labelled sentence set ({@code corpus/pledge-sentences/<lang>[-name].tsv}): a
 * sentence is predicted a commitment when a pledge's span overlaps it. Sentences go through the pipeline in
 * pseudo-articles of ten paragraphs under a date line. A set's lines are {@code label<TAB>sentence} (1 or 0), its
 * {@code keywords<TAB>regex} line the keyword rule it is compared with, and {@code #} lines comments.
 */
public final class PledgeSentences {

    private static final int SENTENCES_PER_ARTICLE = 10;
    private static final String DATE_LINE = "June 14, 2025\n\n";

    /** One labelled sentence. */
    public record Labelled(boolean positive, String sentence) {
    }

    /** Sentence counts of a predictor against the labels. */
    public record Score(int tp, int fp, int fn) {

        public double precision() {
            return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        }

        public double recall() {
            return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        @Override
        public String toString() {
            return String.format("P %.3f R %.3f F1 %.3f (tp %d fp %d fn %d)", precision(), recall(), f1(), tp, fp, fn);
        }
    }

    /** A set's result: the pipeline, the keyword rule, and the sentences the pipeline got wrong ("FP …", "FN …"). */
    public record Result(String set, int sentences, int positives, Score pipeline, Score keywords,
                         List<String> errors) {

        public List<String> lines() {
            List<String> out = new ArrayList<>();
            out.add("[" + set + "] " + sentences + " sentences, " + positives + " commitments");
            out.add("  pipeline " + pipeline);
            out.add("  keywords " + keywords);
            errors.forEach(e -> out.add("  " + e));
            return out;
        }
    }

    /** The labels and keyword rule of a set file. */
    record LabelledSet(List<Labelled> sentences, Pattern keywords) {
    }

    private PledgeSentences() {
    }

    /** Scores every {@code .tsv} set of a folder, by file name. */
    public static List<Result> runFolder(Pipeline pipeline, Path dir) throws IOException {
        List<Result> out = new ArrayList<>();
        try (var files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".tsv")).sorted().toList()) {
                out.add(run(pipeline, f));
            }
        }
        return out;
    }

    /** Scores one set; its language is the file name up to the first '-' or '.' ({@code en-fresh.tsv}: en). */
    public static Result run(Pipeline pipeline, Path file) throws IOException {
        String set = file.getFileName().toString().replaceFirst("\\.tsv$", "");
        String language = set.split("-", 2)[0];
        LabelledSet labelled = read(file);
        List<Labelled> gold = labelled.sentences();
        boolean[] predicted = predict(pipeline, language, gold);
        boolean[] keyword = new boolean[gold.size()];
        List<String> errors = new ArrayList<>();
        for (int i = 0; i < gold.size(); i++) {
            keyword[i] = labelled.keywords() != null && labelled.keywords().matcher(gold.get(i).sentence()).find();
            if (predicted[i] != gold.get(i).positive()) {
                errors.add((predicted[i] ? "FP  " : "FN  ") + gold.get(i).sentence());
            }
        }
        return new Result(set, gold.size(), (int) gold.stream().filter(Labelled::positive).count(),
                score(gold, predicted), score(gold, keyword), errors);
    }

    static LabelledSet read(Path file) throws IOException {
        List<Labelled> out = new ArrayList<>();
        Pattern keywords = null;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", 2);
            if (f.length < 2 || !f[0].strip().matches("[01]|keywords")) {
                throw new IOException(file + ": expected label<TAB>sentence or keywords<TAB>regex: " + line);
            }
            if (f[0].strip().equals("keywords")) {
                keywords = Pattern.compile(f[1].strip());
            } else {
                out.add(new Labelled(f[0].strip().equals("1"), f[1].strip()));
            }
        }
        return new LabelledSet(out, keywords);
    }

    /** Runs the sentences in pseudo-articles; a sentence is predicted when a pledge span overlaps it. */
    private static boolean[] predict(Pipeline pipeline, String language, List<Labelled> gold) {
        boolean[] out = new boolean[gold.size()];
        for (int from = 0; from < gold.size(); from += SENTENCES_PER_ARTICLE) {
            int to = Math.min(gold.size(), from + SENTENCES_PER_ARTICLE);
            StringBuilder text = new StringBuilder(DATE_LINE);
            int[] starts = new int[to - from];
            for (int i = from; i < to; i++) {
                starts[i - from] = text.length();
                text.append(gold.get(i).sentence()).append("\n\n");
            }
            Document doc = pipeline.annotate(Document.of(language + "-dev-" + from, language + "-dev.txt",
                    text.toString()));
            for (int i = from; i < to; i++) {
                int start = starts[i - from];
                int end = start + gold.get(i).sentence().length();
                for (Pledge p : doc.pledges()) {
                    out[i] |= p.start() < end && start < p.end();
                }
            }
        }
        return out;
    }

    static Score score(List<Labelled> gold, boolean[] predicted) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (int i = 0; i < gold.size(); i++) {
            boolean g = gold.get(i).positive();
            tp += g && predicted[i] ? 1 : 0;
            fp += !g && predicted[i] ? 1 : 0;
            fn += g && !predicted[i] ? 1 : 0;
        }
        return new Score(tp, fp, fn);
    }
}
