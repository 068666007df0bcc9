package io.newsextract.quote;

import io.newsextract.api.PosClass;
import io.newsextract.api.Quote;
import io.newsextract.api.SubjectSlot;
import io.newsextract.lexicon.SpeechLexicon;

import java.util.List;

/** Whether a speech verb has someone speaking, and whether it attributes a quote rather than reporting content. */
final class SubjectCheck {

    private static final int QUOTE_ATTRIBUTION_WINDOW = 12;

    private SubjectCheck() {
    }

    /**
     * Whether the speech verb at {@code k} has someone speaking, read from where its subject stands ({@code slot}):
     * a name, pronoun, speaker noun or group word just before it (past auxiliaries, adverbs and one or two
     * insertions), heading the noun phrase that ends there ("il segretario dei democratici") or just after it
     * (inversion), a speaker before a conjunction that joins the verb to an earlier one, or no subject at all at the
     * start of a sentence (Italian pro-drop), after an opening bracket or after adverbs and a comma ("Inoltre,
     * specificano che"); or it is a participle clause ("…, adding that") that shares its sentence's subject.
     */
    static boolean hasSubject(SentenceWords s, int k, SubjectSlot slot) {
        int j = slot.word() - s.from;
        return switch (slot.kind()) {
            case SHARED -> k > 0;
            case NONE -> true;
            case CONJOINED -> speakerBefore(s, j);
            // "Morandi, che ha ribadito la richiesta di …": what a relative clause's verb introduces is mostly a
            // request, not reported content (none of the five in the articles of corpus/gold is gold reported speech);
            // CueFinder keeps one whose content a complementizer such as "che", "come" opens
            case RELATIVE -> inverted(s, k);
            case AFTER_QUOTE -> inverted(s, k);
            case WORD -> wordBefore(s, k, j);
        };
    }

    private static boolean speakerBefore(SentenceWords s, int j) {
        for (int i = 0; i < j; i++) {
            if (isSpeakerWord(s, i)) {
                return true;
            }
        }
        return false;
    }

    /** The word {@code j} before the verb at {@code k}, or the insertion it closes, is a speaker. */
    private static boolean wordBefore(SentenceWords s, int k, int j) {
        if (s.word(j).equals("(") || s.isComma(j) && onlyAdverbsBefore(s, j)) {
            return true;   // "Inoltre, specificano che …", "(ha sostenuto di …)": no subject at a clause's start
        }
        if (s.isComma(j)) {
            int open = s.subjects.insertionStart(s.from + j, s.from) - s.from;
            if (open > 0 && isSpeakerWord(s, open - 1)) {
                return true;
            }
            // "Armstrong, vincitore di 7 Tour, traguardo mai raggiunto da nessuno, ha ammesso": two insertions
            int second = open > 0 ? s.subjects.insertionStart(s.from + open, s.from) - s.from : -1;
            if (second > 0 && isSpeakerWord(s, second - 1)) {
                return true;
            }
        }
        boolean nounSubject = s.lex.verb(s.word(k)).map(SpeechLexicon.Verb::anySubject).orElse(false)
                && s.hasTag(j, PosClass.NOUN);
        return isSpeakerWord(s, j) || nounSubject || inverted(s, k) || headIsSpeaker(s, j);
    }

    /**
     * "Il premier italiano ha detto", "il segretario dei democratici denuncia": the head of the noun phrase that ends
     * at {@code j}, past the adjectives that follow a noun ({@code postnominal-adjective}, none in English) and a
     * prepositional phrase, is a speaker.
     */
    private static boolean headIsSpeaker(SentenceWords s, int j) {
        int end = j;
        while (end > 0 && s.is(end, PosClass.POSTNOMINAL_ADJECTIVE)) {
            end--;
        }
        int head = s.subjects.head(s.from + end, s.from) - s.from;
        return head >= 0 && (head != j || end != j) && isSpeakerWord(s, head);
    }

    /** Whether the words before the comma at {@code comma} are only adverbs ("Inoltre,"): the clause starts after it. */
    private static boolean onlyAdverbsBefore(SentenceWords s, int comma) {
        for (int i = 0; i < comma; i++) {
            if (!s.is(i, PosClass.ADVERB)) {
                return false;
            }
        }
        return comma > 0;
    }

    /** "ha detto il ministro", "said Lee": a speaker right after the verb. */
    private static boolean inverted(SentenceWords s, int k) {
        return k + 1 < s.size && isSpeakerWord(s, k + 1) && !s.hasTag(k + 1, PosClass.DETERMINER);
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
        String type = s.entityType(k);
        return lex.pronoun(w).isPresent() || lex.isSpeakerNoun(w) || lex.isTitleHead(w) || s.is(k, PosClass.PROPER)
                || "PERSON".equals(type) || "ORGANIZATION".equals(type)
                || lex.groupPhrases().stream().anyMatch(g -> g.words().get(g.words().size() - 1).equals(SpeechLexicon.lower(w)));
    }

    /** "“…,” Lee said, …" / "«…», ha dichiarato Lee": the verb attributes the quote just before it. */
    static boolean attributesQuote(SentenceWords s, List<Quote> quotes, int k) {
        int before = k - 1;
        while (before > 0 && s.isSkippable(before)) {
            before--;
        }
        for (int j = k - 1; j >= Math.max(0, k - QUOTE_ATTRIBUTION_WINDOW); j--) {
            if (j == before && s.lex.isClauseConjunction(s.word(j))) {
                return false;   // "described it as “a vote” and (has) said …": a second verb of the subject
            }
            if (s.lineBreakBefore(j)) {
                return false;   // a quote that closes the line before (a headline) belongs to another sentence
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
