package io.newsextract.attribution;

import io.newsextract.api.PosClass;
import io.newsextract.reading.SubjectFinder;

/**
 * What may stand between a subject and its verb, to be stepped over: auxiliaries and adverbs, insertions between
 * commas or brackets (", R-Texas, who led the holdouts,"), a short prepositional phrase ("Okafor of Illinois") and
 * the thing a person owns ("Delaney's Conservatives").
 */
final class Insertions {

    private static final int POSSESSED_WINDOW = 3;
    private static final int PHRASE_WINDOW = 3;

    private final ReadingView view;

    Insertions(ReadingView view) {
        this.view = view;
    }

    /**
     * Past "'s Conservatives" after a person's name: the words of the thing owned, up to a few nouns — not a speaker
     * ("Trump's spokeswoman said": the spokeswoman speaks), where it stops.
     */
    int skipPossessed(int j, int end) {
        if (j >= end || !view.is(j, PosClass.POSSESSIVE)) {
            return j;
        }
        int k = j + 1;
        while (k < end && k <= j + POSSESSED_WINDOW && !view.isVerb(k) && !view.isPunct(k)
                && !view.lex.isSpeakerNoun(view.word(k)) && !view.lex.isTitleHead(view.word(k))
                && (view.hasTag(k, PosClass.PROPER) || view.hasTag(k, PosClass.NOUN)
                || view.hasTag(k, PosClass.ADJECTIVE))) {
            k++;
        }
        return k;
    }
    /** Skips auxiliaries, adverbs and up to two ", … ," or "( … )" insertions after word {@code j}. */
    int skipApposition(int j, int sentence) {
        int end = view.sentenceEnd(sentence);
        while (j < end && view.isSkippable(j) && !view.isVerb(j)) {
            j++;
        }
        j = skipShortPhrase(j, end);
        for (int insertion = 0; insertion < 2 && j < end && (view.word(j).equals(",") || view.word(j).equals("("));
             insertion++) {
            String close = view.word(j).equals(",") ? "," : ")";
            int from = j;
            for (int k = j + 1; k < Math.min(end, j + SubjectFinder.INSERTION_WORDS); k++) {
                if (view.word(k).equals(close) && !view.quoted(k)) {
                    // ", R-Texas, who led the holdouts, said": the comma that closes one insertion opens the next
                    boolean chained = close.equals(",") && k + 1 < end && !view.isVerb(k + 1) && !view.isSkippable(k + 1);
                    j = chained ? k : k + 1;
                    break;
                }
            }
            if (j == from) {
                break;
            }
        }
        while (j < end && view.isSkippable(j) && !view.isVerb(j)) {
            j++;
        }
        if (j + 1 < end && view.word(j).equals(",") && view.isVerb(j + 1)) {
            j++;
        }
        return j;
    }
    /**
     * "Okafor of Illinois", "Hale on Tuesday": a preposition and up to {@value #PHRASE_WINDOW} words with no verb or
     * punctuation, when a verb, a comma or a parenthesis follows them; else {@code j} itself.
     */
    int skipShortPhrase(int j, int end) {
        if (j >= end || !view.hasTag(j, PosClass.ADPOSITION)) {
            return j;
        }
        for (int k = j + 1; k < Math.min(end, j + 2 + PHRASE_WINDOW); k++) {
            if (view.isVerb(k) || view.word(k).equals(",") || view.word(k).equals("(")) {
                return k;
            }
            if (view.isPunct(k) || view.quoted(k)) {
                return j;
            }
        }
        return j;
    }
}
