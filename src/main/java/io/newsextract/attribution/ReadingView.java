package io.newsextract.attribution;

import io.newsextract.api.Document;
import io.newsextract.api.PosClass;
import io.newsextract.api.Quote;
import io.newsextract.api.Reading;
import io.newsextract.api.Span;
import io.newsextract.lexicon.SpeechLexicon;
import io.newsextract.quote.SpeechCues;

/**
 * The document's shared {@link Reading} as attribution reads it, with the language's speech lexicon: words by their
 * index in the reading, their sentence and paragraph, their word classes, and whether they lie inside a quote's marks.
 */
final class ReadingView {

    final Document doc;
    final Reading reading;
    final SpeechLexicon lex;
    final String text;

    ReadingView(Document doc, SpeechLexicon lex) {
        this.doc = doc;
        this.reading = doc.reading();
        this.lex = lex;
        this.text = doc.text();
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

    /** Whether the word lies inside the marks of a direct or partial quote. */
    boolean quoted(int i) {
        return reading.quoted(i);
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
