package io.newsextract.quote;

import io.newsextract.api.PosClass;
import io.newsextract.api.Quote;
import io.newsextract.lexicon.SpeechLexicon;

import java.util.List;

/** Whether a speech verb has someone speaking, and whether it attributes a quote rather than reporting content. */
final class SubjectCheck {

    private static final int QUOTE_ATTRIBUTION_WINDOW = 12;

    private SubjectCheck() {
    }

    /**
     * Whether the speech verb has someone speaking: a name, pronoun, speaker noun or group word just before it
     * (after auxiliaries and adverbs) or just after it (inversion), or no subject at all at the start of a sentence
     * (Italian pro-drop), or it is a participle clause ("…, adding that") that shares its sentence's subject.
     */
    static boolean hasSubject(SentenceWords s, int k, boolean nonFinite) {
        if (nonFinite) {
            return k > 0;
        }
        int j = k - 1;
        while (j >= 0 && s.isSkippable(j)) {
            j--;
        }
        if (j < 0) {
            return true;
        }
        if (isConjunction(s, j) && j > 0) {
            for (int i = 0; i < j; i++) {
                if (isSpeakerWord(s, i)) {
                    return true;
                }
            }
            return false;
        }
        if (s.isComma(j)) {
            int open = insertionStart(s, j);
            if (open > 0 && isSpeakerWord(s, open - 1)) {
                return true;
            }
        }
        boolean nounSubject = s.lex.verb(s.word(k)).map(SpeechLexicon.Verb::anySubject).orElse(false)
                && s.hasTag(j, PosClass.NOUN);
        return isSpeakerWord(s, j) || nounSubject
                || (k + 1 < s.size && isSpeakerWord(s, k + 1) && !s.hasTag(k + 1, PosClass.DETERMINER));
    }

    /** The comma that opens the ", a Democrat from Ohio," insertion closed by the comma at {@code close}, or -1. */
    private static int insertionStart(SentenceWords s, int close) {
        for (int j = close - 1; j >= Math.max(0, close - SpeechCues.INSERTION_WORDS); j--) {
            if (s.isComma(j)) {
                return j;
            }
        }
        return -1;
    }

    /** "and", "but", "e", "ma": a word that joins a second verb to the same subject. */
    static boolean isConjunction(SentenceWords s, int k) {
        return SpeechLexicon.lower(s.word(k)).equals(SpeechLexicon.lower(s.lex.conjunction()))
                || s.lex.isClauseConjunction(s.word(k));
    }

    /** A name, pronoun, speaker noun, title, person or organisation, or the last word of a group phrase. */
    static boolean isSpeakerWord(SentenceWords s, int k) {
        String w = s.word(k);
        SpeechLexicon lex = s.lex;
        String label = s.entityLabel(k);
        return lex.pronoun(w).isPresent() || lex.isSpeakerNoun(w) || lex.isTitleHead(w) || s.is(k, PosClass.PROPER)
                || label.startsWith("PER") || label.startsWith("ORG")
                || lex.groupPhrases().stream().anyMatch(g -> g.words().get(g.words().size() - 1).equals(SpeechLexicon.lower(w)));
    }

    /** "“…,” Lee said, …" / "«…», ha dichiarato Lee": the verb attributes the quote just before it. */
    static boolean attributesQuote(SentenceWords s, List<Quote> quotes, int k) {
        for (int j = k - 1; j >= Math.max(0, k - QUOTE_ATTRIBUTION_WINDOW); j--) {
            if (j == k - 1 && s.lex.isClauseConjunction(s.word(j))) {
                return false;   // "described it as “a vote of confidence” and said …": a second verb of the subject
            }
            int start = s.start(j);
            for (Quote q : quotes) {
                if (start >= q.start() && start <= q.end() + 2) {
                    return true;
                }
            }
            if (s.hasTag(j, PosClass.VERB) && !s.isSkippable(j) || s.lex.isClauseConjunction(s.word(j))) {
                return false;
            }
        }
        return false;
    }
}
