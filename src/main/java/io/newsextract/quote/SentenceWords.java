package io.newsextract.quote;

import io.newsextract.api.PosClass;
import io.newsextract.api.Reading;
import io.newsextract.api.Span;
import io.newsextract.lexicon.EntityLabels;
import io.newsextract.lexicon.SpeechLexicon;
import io.newsextract.reading.SubjectFinder;

/** One sentence of a {@link Reading}, its words counted from 0: what the reported-speech rules read. */
final class SentenceWords {

    /** How far into a content {@link #finiteClause} looks for its verb. */
    private static final int FINITE_WINDOW = 10;

    final Reading reading;
    final SpeechLexicon lex;
    private final EntityLabels entityLabels;
    final SubjectFinder subjects;
    final int from;
    final int size;

    SentenceWords(SubjectFinder subjects, int sentence, SpeechLexicon lex, EntityLabels entityLabels) {
        this.reading = subjects.reading();
        this.entityLabels = entityLabels;
        this.subjects = subjects;
        this.lex = lex;
        this.from = reading.sentenceStart(sentence);
        this.size = reading.sentenceEnd(sentence) - from;
    }

    String word(int k) {
        return reading.surface(from + k);
    }

    boolean is(int k, PosClass c) {
        return reading.is(from + k, c);
    }

    /** Whether the word's tag (not the word itself) puts it in the class. */
    boolean hasTag(int k, PosClass c) {
        return reading.hasTag(from + k, c);
    }

    boolean isListed(int k, PosClass c) {
        return reading.isListed(from + k, c);
    }

    int start(int k) {
        return reading.word(from + k).start();
    }

    int end(int k) {
        return reading.word(from + k).end();
    }

    Span span(int k) {
        return reading.word(from + k).span();
    }

    boolean isComma(int k) {
        return word(k).equals(",");
    }

    boolean isPunct(int k) {
        return reading.isPunct(from + k);
    }

    /** See {@link Reading#isSkippable}. */
    boolean isSkippable(int k) {
        return reading.isSkippable(from + k);
    }

    boolean isSpeechVerb(int k) {
        return SpeechCues.isSpeechVerb(reading, from + k, lex);
    }

    /** The word after an "according to" phrase at word {@code k}, or -1. */
    int accordingToAt(int k) {
        int end = SpeechCues.accordingToAt(reading, from + k, from + size, lex);
        return end < 0 ? -1 : end - from;
    }

    /** The relative right after word {@code k} (see {@link SpeechCues#relativeAfter}), or -1. */
    int relativeAfter(int k) {
        int r = SpeechCues.relativeAfter(reading, from + k, from + size);
        return r < 0 ? -1 : r - from;
    }

    /** The coarse entity type (PERSON, ORGANIZATION…, models/ner-labels.tsv) of the word's first token, or null. */
    String entityType(int k) {
        return entityLabels.coarse(reading.word(from + k).tokens().get(0).ner());
    }

    /**
     * {@code [start, end)} without space and the punctuation a writer puts around reported content, nor the bracket
     * that closes the insertion it stands in ("(ha sostenuto di non aver …)." ends before the bracket).
     */
    Span trim(int start, int end) {
        Span t = Span.stripped(reading.text(), start, Math.max(start, end), ",;:", ",.;:");
        String words = t.of(reading.text());
        return words.endsWith(")") && words.indexOf('(') < 0
                ? Span.stripped(reading.text(), t.start(), t.end() - 1, "", ",.;:") : t;
    }

    /**
     * Where reported content that starts at word {@code from} ends (a word index, exclusive): at the first break of
     * {@code content-breaks.txt} after it ("said A; B", "said A -- B", "said A, but B", not "said A, but that B" nor
     * a pair of dashes around an insertion, nor inside a quote), else at the end of the sentence.
     */
    int contentEnd(int from) {
        for (int j = from + 1; j < size; j++) {
            if (reading.quoted(this.from + j)) {
                continue;
            }
            if (lex.isContentBreak(word(j))) {
                int closing = closingDash(j);
                if (closing < 0) {
                    return j;
                }
                j = closing;
                continue;
            }
            if (isComma(j) && j + 1 < size && lex.isContentBreakAfterComma(word(j + 1))
                    && !(j + 2 < size && lex.isComplementizer(word(j + 2)))
                    && !(j + 3 < size && lex.isComplementizer(word(j + 3)))) {
                return j;
            }
        }
        return size;
    }

    /**
     * The dash that closes an insertion opened by the dash at {@code j} ("cooperation — “on which the future depends” —
     * would be expanded"): the next dash of the sentence with words after it; -1 when there is none or {@code j} is no
     * dash.
     */
    private int closingDash(int j) {
        if (word(j).equals(";")) {
            return -1;
        }
        for (int k = j + 1; k < size - 2; k++) {
            if (word(k).equals(word(j))) {
                return k;
            }
        }
        return -1;
    }

    /**
     * Whether the sentence opens with a participle ("Asked whether …, she said …", "Campaigning in Ohio, he …"): a
     * clause before the sentence's subject, which reports or does something but is no content of its own.
     */
    boolean opensWithParticiple() {
        return size > 0 && hasTag(0, PosClass.VERB) && hasTag(0, PosClass.CLAUSE_OPENER);
    }

    /**
     * Whether a content opens with a finite clause: a finite verb among its first {@value #FINITE_WINDOW} words, before
     * any punctuation ("shows Clinton leads by five points", "found that the plan would fail"; not "showed no signs of
     * backing down", "agreed to pay", "expects prices to rise").
     */
    boolean finiteClause(Span content) {
        int seen = 0;
        for (int k = 0; k < size && seen < FINITE_WINDOW; k++) {
            if (!content.contains(span(k))) {
                continue;
            }
            if (isPunct(k)) {
                return false;
            }
            if (hasTag(k, PosClass.FINITE_VERB)) {
                return true;
            }
            seen++;
        }
        return false;
    }

    /**
     * Whether a content opens with a small clause: a noun phrase (its words nominal, determiners, adjectives or a
     * possessive mark) whose noun is right followed by a present participle, before any punctuation or preposition
     * ("shows Clinton leading Trump", "has shown Clinton's lead eroding"; not "showed no signs of backing down", "found
     * an enhanced interest", "admitted a mistake made by its staff", where the participle describes the noun). A poll
     * or a video reports what the small clause says, as it does a finite one.
     */
    boolean smallClause(Span content) {
        int seen = 0;
        for (int k = 0; k < size && seen < FINITE_WINDOW; k++) {
            if (!content.contains(span(k))) {
                continue;
            }
            if (seen > 0 && is(k - 1, PosClass.NOMINAL) && hasTag(k, PosClass.PRESENT_PARTICIPLE)) {
                return true;
            }
            if (isPunct(k) || !(is(k, PosClass.NOMINAL) || is(k, PosClass.DETERMINER) || is(k, PosClass.ADJECTIVE)
                    || is(k, PosClass.POSSESSIVE))) {
                return false;
            }
            seen++;
        }
        return false;
    }

    /**
     * The first word of the content that the complementizer at word {@code j} opens: the word after it ("said that
     * A"), or the complementizer itself when it belongs to the content ({@code content} in complementizers.txt) and a
     * verb follows ("ha detto di aver …"); -1 when word {@code j} is no complementizer or opens no content there ("ha
     * parlato di un attacco").
     */
    int contentFromComplementizer(int j) {
        String w = word(j);
        if (!lex.isComplementizer(w)) {
            return -1;
        }
        return !lex.opensContent(w) ? j + 1 : opensVerb(j + 1) ? j : -1;
    }

    /** "di aver …", "di non essere …": a verb at {@code j}, past a negation or clitic (adverbs and clitics). */
    private boolean opensVerb(int j) {
        while (j < size - 1 && isSkippable(j) && !hasTag(j, PosClass.VERB)) {
            j++;
        }
        return j < size && hasTag(j, PosClass.VERB);
    }

    /** Whether a line break stands between word {@code k} and the word before it (in this sentence or the last). */
    boolean lineBreakBefore(int k) {
        return from + k > 0 && k < size
                && reading.text().substring(reading.word(from + k - 1).end(), start(k)).indexOf('\n') >= 0;
    }

    /** The word of this sentence that starts at text offset {@code offset}, or -1. */
    int wordAt(int offset) {
        for (int k = 0; k < size; k++) {
            if (start(k) == offset) {
                return k;
            }
        }
        return -1;
    }

    int countWords(Span span) {
        int n = 0;
        for (int k = 0; k < size; k++) {
            n += span.contains(span(k)) ? 1 : 0;
        }
        return n;
    }
}
