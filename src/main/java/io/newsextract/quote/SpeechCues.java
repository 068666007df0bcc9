package io.newsextract.quote;

import io.newsextract.api.PosClass;
import io.newsextract.api.Reading;
import io.newsextract.lexicon.SpeechLexicon;

/** Speech verbs and "according to" phrases among the words of a {@link Reading}. */
public final class SpeechCues {

    private SpeechCues() {
    }

    /** The word after an "according to" phrase starting at word {@code i} and ending before {@code limit}, or -1. */
    public static int accordingToAt(Reading r, int i, int limit, SpeechLexicon lex) {
        for (var phrase : lex.accordingTo()) {
            int end = r.phraseAt(i, phrase, limit);
            if (end > i) {
                return end;
            }
        }
        return -1;
    }

    /**
     * The relative ("cui", "il quale") that opens a clause at word {@code i}, past up to two determiners, before word
     * {@code limit}: "secondo cui", "secondo il quale" name the source before the phrase. Its index, or -1.
     */
    public static int relativeAfter(Reading r, int i, int limit) {
        int k = i;
        while (k < limit && k < i + 2 && r.hasTag(k, PosClass.DETERMINER)) {
            k++;
        }
        return k < limit && r.isListed(k, PosClass.RELATIVE) ? k : -1;
    }

    /** A speech verb standing as a word of its own: "called" in "so-called" is not one. */
    public static boolean isSpeechVerb(Reading r, int i, SpeechLexicon lex) {
        String text = r.text();
        int start = r.word(i).start();
        int end = r.word(i).end();
        boolean glued = (start > 0 && text.charAt(start - 1) == '-') || (end < text.length() && text.charAt(end) == '-');
        return !glued && lex.verb(r.surface(i)).isPresent();
    }
}
