package io.newsextract.attribution;

import io.newsextract.api.Document;
import io.newsextract.api.PosClass;
import io.newsextract.api.Quote;
import io.newsextract.api.Reading;
import io.newsextract.api.Span;
import io.newsextract.lexicon.SpeechLexicon;
import io.newsextract.quote.SpeechCues;

import java.util.Arrays;

/**
 * The document's shared {@link Reading} as attribution reads it, with the language's speech lexicon: words by their
 * index in the reading, their sentence and paragraph, their word classes, and whether they lie inside a quote's marks
 * (not the writer's cue set between dashes inside them: «A - aggiunge il presidente X - B»).
 */
final class ReadingView {

    /** The most words a cue between dashes inside a quote may have, dashes included. */
    private static final int INSERTED_CUE_WORDS = 16;

    final Document doc;
    final Reading reading;
    final SpeechLexicon lex;
    final String text;
    private final boolean[] insertedCue;

    ReadingView(Document doc, SpeechLexicon lex) {
        this.doc = doc;
        this.reading = doc.reading();
        this.lex = lex;
        this.text = doc.text();
        this.insertedCue = insertedCues();
    }

    /**
     * «In caso di rinvio - aggiunge il presidente di Codacons, Carlo Rienzi - gli unici …»: the writer's words between
     * two dashes inside a quote's marks, the first word after the opening dash (past auxiliaries and adverbs) a speech
     * verb; they are outside the quote for attribution, so their verb is a cue and its subject a mention.
     */
    private boolean[] insertedCues() {
        boolean[] inserted = new boolean[reading.size()];
        for (int i = 0; i < reading.size(); i++) {
            if (!reading.quoted(i) || !isDash(i)) {
                continue;
            }
            int verb = i + 1;
            while (verb < reading.size() && reading.isSkippable(verb) && !SpeechCues.isSpeechVerb(reading, verb, lex)) {
                verb++;
            }
            if (verb >= reading.size() || !reading.quoted(verb) || !SpeechCues.isSpeechVerb(reading, verb, lex)) {
                continue;
            }
            for (int close = verb + 1; close < Math.min(reading.size(), i + INSERTED_CUE_WORDS); close++) {
                if (!reading.quoted(close) || reading.sentence(close) != reading.sentence(i)) {
                    break;
                }
                if (isDash(close)) {
                    Arrays.fill(inserted, i, close + 1, true);
                    i = close;
                    break;
                }
            }
        }
        return inserted;
    }

    /** A dash, or a hyphen standing alone as one ("Se si rinvia - aggiunge il presidente -"). */
    private boolean isDash(int i) {
        return reading.surface(i).equals("-") || reading.isDash(i);
    }

    int size() {
        return reading.size();
    }

    /** The word as written. */
    String word(int i) {
        return reading.surface(i);
    }

    String lower(int i) {
        return reading.lower(i);
    }

    int start(int i) {
        return reading.word(i).start();
    }

    int end(int i) {
        return reading.word(i).end();
    }

    int sentence(int i) {
        return reading.sentence(i);
    }

    int sentenceCount() {
        return reading.sentenceCount();
    }

    int sentenceStart(int sentence) {
        return reading.sentenceStart(sentence);
    }

    int sentenceEnd(int sentence) {
        return reading.sentenceEnd(sentence);
    }

    /** The id of the word's paragraph. */
    int paragraph(int i) {
        return reading.paragraph(i);
    }

    /** Whether the word lies inside the marks of a direct or partial quote, not in a cue set between dashes there. */
    boolean quoted(int i) {
        return reading.quoted(i) && !insertedCue[i];
    }

    boolean is(int i, PosClass c) {
        return reading.is(i, c);
    }

    boolean hasTag(int i, PosClass c) {
        return reading.hasTag(i, c);
    }

    boolean isListed(int i, PosClass c) {
        return reading.isListed(i, c);
    }

    boolean isPunct(int i) {
        return reading.isPunct(i);
    }

    boolean isVerb(int i) {
        return reading.hasTag(i, PosClass.VERB);
    }

    /** See {@link Reading#isSkippable}. */
    boolean isSkippable(int i) {
        return reading.isSkippable(i);
    }

    boolean isCapitalized(int i) {
        return reading.isCapitalized(i);
    }

    /** The index of the first word starting at or after a character offset. */
    int firstAtOrAfter(int offset) {
        return reading.firstAtOrAfter(offset);
    }

    Span span(int from, int to) {
        return reading.span(from, to);
    }

    /** The word after an "according to" phrase at word {@code i}, or -1. */
    int accordingToAt(int i) {
        return SpeechCues.accordingToAt(reading, i, reading.size(), lex);
    }

    /** A quote's span with its marks (see {@link Reading#markedSpan}). */
    Span markedSpan(Quote q) {
        return reading.markedSpan(q);
    }
}
