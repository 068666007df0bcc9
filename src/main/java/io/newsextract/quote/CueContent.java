package io.newsextract.quote;

import io.newsextract.api.PosClass;
import io.newsextract.api.Span;
import io.newsextract.api.SpeechCue;
import io.newsextract.api.SubjectSlot;

/**
 * Where the content of a cue the model kept starts and ends, on the side the model chose: after the cue ("X said
 * (that) content", "according to X, content") to the end of the sentence, or before it ("content, X said") from the
 * start of the sentence to the comma before the subject. When today's cue rule found content on the same side, its
 * boundaries are kept. Measured against PolNeAR train by {@code ReportedCueTarget}.
 */
final class CueContent {

    /** The side of the cue the content stands on. */
    enum Side { AFTER, BEFORE }

    /** How far past a speech verb a complementizer ("that", "che", "di") may stand and still open its content. */
    static final int COMPLEMENTIZER_WINDOW = 7;
    private static final int SUBJECT_WINDOW = 8;

    private CueContent() {
    }

    /** The content span of the candidate on {@code side}; empty (length 0) when there is none. */
    static Span of(SentenceWords s, CueCandidates.Candidate c, Side side) {
        SpeechCue rule = c.ruleCue();
        if (rule != null && side(rule) == side) {
            return rule.content();
        }
        int k = c.k();
        int last = s.size - 1;
        if (side == Side.AFTER) {
            int from = c.accordingEnd() > 0 ? afterSource(s, c.accordingEnd()) : afterCue(s, k);
            return from < 0 || from > last ? new Span(s.start(k), s.start(k))
                    : s.trim(s.start(from), s.end(s.contentEnd(from) - 1));
        }
        int to = c.accordingEnd() > 0 ? k : beforeSubject(s, k, c.subject());
        return to <= 0 ? new Span(s.start(k), s.start(k)) : s.trim(s.start(0), s.start(to));
    }

    static Side side(SpeechCue rule) {
        return rule.content().start() < rule.cue().start() ? Side.BEFORE : Side.AFTER;
    }

    /**
     * The first content word after a verb: where a complementizer close by opens it
     * ({@link SentenceWords#contentFromComplementizer}), or right after the verb.
     */
    private static int afterCue(SentenceWords s, int k) {
        for (int j = k + 1; j < s.size && j <= k + COMPLEMENTIZER_WINDOW; j++) {
            int from = s.contentFromComplementizer(j);
            if (from >= 0) {
                return from;
            }
            if (s.isPunct(j) && !s.isComma(j) || s.hasTag(j, PosClass.FINITE_VERB)) {
                break;
            }
        }
        int j = k + 1;
        while (j < s.size && (s.isPunct(j) || s.isSkippable(j) && !s.hasTag(j, PosClass.VERB))) {
            j++;
        }
        return j;
    }

    /** "According to X, content": the word after the comma that closes the source (or after "secondo cui"). */
    private static int afterSource(SentenceWords s, int end) {
        int relative = s.relativeAfter(end);
        if (relative > 0) {
            return relative + 1;
        }
        for (int j = end; j < s.size; j++) {
            if (s.isComma(j)) {
                return j + 1;
            }
        }
        return -1;
    }

    /** "Content, X said": the comma before the subject, or the first word of the subject. */
    private static int beforeSubject(SentenceWords s, int k, SubjectSlot subject) {
        for (int j = k - 1; j >= 0 && j >= k - SUBJECT_WINDOW; j--) {
            if (s.isComma(j) || s.word(j).equals("—") || s.word(j).equals("–")) {
                return j;
            }
            if (s.reading.quoted(s.from + j)) {
                return j + 1;
            }
        }
        int j = subject != null && subject.kind() == SubjectSlot.Kind.WORD ? subject.word() - s.from : k - 1;
        j = Math.min(j, k - 1);
        while (j >= 0 && (s.is(j, PosClass.NOMINAL) || s.is(j, PosClass.DETERMINER) || s.is(j, PosClass.ADJECTIVE)
                || s.is(j, PosClass.POSSESSIVE) || s.isSkippable(j))) {
            j--;
        }
        return j + 1;
    }

    /** Where the clause of the cue at {@code k} begins: at its conjunction or comma, past its auxiliaries. */
    static int clauseStart(SentenceWords s, int k) {
        int j = k - 1;
        while (j > 0 && s.isSkippable(j)) {
            j--;
        }
        return j >= 0 && (SubjectCheck.isConjunction(s, j) || s.isComma(j)) ? s.start(j) : s.start(Math.max(0, j + 1));
    }
}
