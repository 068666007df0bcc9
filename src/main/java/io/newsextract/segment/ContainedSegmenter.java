package io.newsextract.segment;

import edu.stanford.nlp.util.RuntimeInterruptedException;
import io.newsextract.api.Decision;
import io.newsextract.api.Document;
import io.newsextract.api.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;

/**
 * Keeps one piece a model tokenizer cannot handle from costing the whole article. When the model throws on a
 * paragraph, the paragraph is segmented line by line, a failing line sentence by sentence, and only a failing
 * sentence is segmented another way: by the same model with a space after it (CoreNLP's {@code cdc_tokenize} reads
 * one character past a text that ends inside an expanded multi-word token, as in a heading "Cronologia dei
 * fatti"), else as plain words. Each piece segmented another way becomes a warning and a trace decision.
 */
final class ContainedSegmenter {

    /** Rule: the model again, on the failing sentence followed by a space. */
    static final String RETRY_PADDED = "segment-retry-padded";
    /** Rule: plain words and symbols ({@link PlainSegmenter}) for a sentence the model fails on twice. */
    static final String PLAIN_WORDS = "segment-plain-words";

    /** A piece of clean text segmented another way, by {@code rule}, because the model threw {@code reason}. */
    record Fallback(String rule, Span clean, String reason) {
    }

    private static final int LINES = 1;
    private static final int SENTENCES = 2;

    private final Segmenter model;
    private final PlainSegmenter plain = new PlainSegmenter();

    ContainedSegmenter(Segmenter model) {
        this.model = model;
    }

    /**
     * Sentences of a paragraph that starts at {@code base} in the clean text, as words with offsets into the
     * paragraph; adds to {@code fallbacks} each piece the model failed on. Sentences are never empty.
     */
    List<List<Segmenter.Word>> split(String paragraph, int base, List<Fallback> fallbacks) {
        List<List<Segmenter.Word>> out = new ArrayList<>();
        segment(paragraph, new Span(0, paragraph.length()), 0, out, fallbacks, base);
        return out;
    }

    private void segment(String text, Span piece, int level, List<List<Segmenter.Word>> out,
                         List<Fallback> fallbacks, int base) {
        RuntimeException failure;
        try {
            addShifted(model.split(piece.of(text)), piece.start(), piece.length(), out);
            return;
        } catch (RuntimeException e) {
            failure = rethrowIfCancelled(e);
        }
        for (int next = level + 1; next <= SENTENCES; next++) {
            List<Span> parts = next == LINES ? lines(text, piece) : sentences(text, piece);
            if (parts.size() > 1) {
                for (Span part : parts) {
                    segment(text, part, next, out, fallbacks, base);
                }
                return;
            }
        }
        String rule = segmentAnotherWay(piece.of(text), piece.start(), out);
        fallbacks.add(new Fallback(rule, new Span(base + piece.start(), base + piece.end()), describe(failure)));
    }

    private String segmentAnotherWay(String sentence, int offset, List<List<Segmenter.Word>> out) {
        try {
            addShifted(model.split(sentence + " "), offset, sentence.length(), out);
            return RETRY_PADDED;
        } catch (RuntimeException e) {
            rethrowIfCancelled(e);
            addShifted(plain.split(sentence), offset, sentence.length(), out);
            return PLAIN_WORDS;
        }
    }

    /** Adds the non-empty sentences, their words moved by {@code offset} and kept within {@code [0, length]}. */
    private static void addShifted(List<List<Segmenter.Word>> sentences, int offset, int length,
                                   List<List<Segmenter.Word>> out) {
        for (List<Segmenter.Word> s : sentences) {
            if (s.isEmpty()) {
                continue;
            }
            List<Segmenter.Word> moved = new ArrayList<>(s.size());
            for (Segmenter.Word w : s) {
                int start = Math.min(w.start(), length);
                int end = Math.max(start, Math.min(w.end(), length));
                moved.add(new Segmenter.Word(w.form(), offset + start, offset + end));
            }
            out.add(moved);
        }
    }

    private static List<Span> lines(String text, Span piece) {
        List<Span> out = new ArrayList<>();
        int start = piece.start();
        for (int i = piece.start(); i <= piece.end(); i++) {
            if (i == piece.end() || text.charAt(i) == '\n') {
                Span line = Span.stripped(text, start, i);
                if (line.length() > 0) {
                    out.add(line);
                }
                start = i + 1;
            }
        }
        return out;
    }

    private List<Span> sentences(String text, Span piece) {
        List<Span> out = new ArrayList<>();
        for (Span s : plain.sentenceSpans(piece.of(text))) {
            out.add(new Span(piece.start() + s.start(), piece.start() + s.end()));
        }
        return out;
    }

    /** A cancelled article (batch --time-limit) must stop, not be segmented another way. */
    private static RuntimeException rethrowIfCancelled(RuntimeException e) {
        if (e instanceof CancellationException || e instanceof RuntimeInterruptedException
                || Thread.currentThread().isInterrupted()) {
            throw e;
        }
        return e;
    }

    private static String describe(RuntimeException e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    /** The document with a warning and a trace decision for each fallback; spans are mapped to the original. */
    static Document report(Document document, List<Fallback> fallbacks) {
        Document out = document;
        List<Decision> decisions = new ArrayList<>();
        for (Fallback f : fallbacks) {
            Span original = document.clean().toOriginal(f.clean().start(), f.clean().end());
            String how = f.rule().equals(RETRY_PADDED) ? "segmented it again with a space after it"
                    : "segmented it as plain words";
            out = out.withWarning("the tokenizer failed on " + quoted(document.textOf(original)) + " at " + original
                    + " (" + f.reason() + "): " + how);
            decisions.add(Decision.of("segment", f.rule(), Decision.Verdict.MADE, document.text(), original,
                    f.reason()));
        }
        return out.withDecisions(decisions);
    }

    private static String quoted(String s) {
        String flat = s.replaceAll("\\s+", " ");
        return "'" + (flat.length() > 60 ? flat.substring(0, 57) + "..." : flat) + "'";
    }
}
