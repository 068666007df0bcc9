package io.newsextract.reading;

import io.newsextract.api.PosClass;
import io.newsextract.api.Reading;
import io.newsextract.api.SubjectSlot;
import io.newsextract.lexicon.SpeechLexicon;

/**
 * The one subject finder of the stages after tagging: where the subject of a verb stands, over the words of a
 * {@link Reading} (word indices, word classes of {@code models/<lang>/pos-classes.tsv}). Reported speech asks it
 * whether a speech verb has someone speaking, attribution which mention speaks through it, commitments who commits;
 * each reads the answer its own way. Stateless over one reading: cheap to build per document.
 */
public final class SubjectFinder {

    /**
     * How many words an insertion between commas may run, between a subject and its verb ("X, a former deputy
     * governor of the Bank of Canada who now teaches at Y, said"): one window for every stage that steps over one.
     */
    public static final int INSERTION_WORDS = 25;

    private final Reading reading;
    private final SpeechLexicon lex;

    public SubjectFinder(Reading reading, SpeechLexicon lex) {
        this.reading = reading;
        this.lex = lex;
    }

    public Reading reading() {
        return reading;
    }

    /**
     * Where the subject of the verb at word {@code verb} stands: a participle ({@code participle}) shares its
     * sentence's; else what stands before it in its sentence (see {@link #before}, {@link #sentenceFrom}).
     */
    public SubjectSlot subjectOf(int verb, boolean participle) {
        return participle ? new SubjectSlot(SubjectSlot.Kind.SHARED, verb) : before(verb, sentenceFrom(verb));
    }

    /**
     * The first word a subject of the verb at {@code verb} may start at: its sentence's first, or the sentence
     * before's when the segmenter split a subject after an abbreviation ("Burgess, R-S.C., said" cut after "S.C.").
     */
    public int sentenceFrom(int verb) {
        int sentence = reading.sentence(verb);
        int start = reading.sentenceStart(sentence);
        return start > 0 && reading.surface(start).equals(",") ? reading.sentenceStart(sentence - 1) : start;
    }

    /**
     * What stands before the verb at word {@code verb}, looking back no further than word {@code from} (the start of
     * its sentence or clause): past auxiliaries and adverbs ("has also said"), the mark of a quote that opens
     * before the verb ("il partito «non voterà»") and a bracketed insertion ("Burgess (R-S.C.) said").
     */
    public SubjectSlot before(int verb, int from) {
        int j = verb - 1;
        while (j >= from && (reading.isSkippable(j) || opensQuote(j))) {
            j--;
        }
        if (j >= from && reading.surface(j).equals(")")) {
            while (j >= from && !reading.surface(j).equals("(")) {
                j--;
            }
            j--;
        }
        boolean writers = !reading.quoted(verb);   // a verb inside a quote has its subject there too
        if (writers && j > from && (isComma(j) || reading.isDash(j)) && reading.quoted(j - 1)) {
            j--;
        }
        if (j > from + 1 && isComma(j - 1) && reading.isListed(j, PosClass.SUBJECT_RELATIVE)) {
            return new SubjectSlot(SubjectSlot.Kind.RELATIVE, j);
        }
        if (j > from && lex.isClauseConjunction(reading.surface(j))) {
            return new SubjectSlot(SubjectSlot.Kind.CONJOINED, j);
        }
        if (j < from) {
            return new SubjectSlot(SubjectSlot.Kind.NONE, from);
        }
        return new SubjectSlot(writers && reading.quoted(j) ? SubjectSlot.Kind.AFTER_QUOTE : SubjectSlot.Kind.WORD, j);
    }

    /**
     * The comma that opens the insertion (", a Democrat from Ohio,") closed by the comma at {@code close}, at most
     * {@value #INSERTION_WORDS} words back and after word {@code from}; -1 when there is none or a quote comes first.
     */
    public int insertionStart(int close, int from) {
        for (int k = close - 1; k > Math.max(from, close - INSERTION_WORDS); k--) {
            if (reading.quoted(k)) {
                return -1;
            }
            if (isComma(k)) {
                return k;
            }
        }
        return -1;
    }

    /**
     * The head of the noun phrase that ends at word {@code end} (not before word {@code from}): that word, or, when
     * it sits in a prepositional phrase ("the Minister for Health", "prices in Australia"), the noun the phrase hangs
     * on; -1 when the word is a verb and no noun.
     */
    public int head(int end, int from) {
        if (reading.hasTag(end, PosClass.VERB) && !reading.hasTag(end, PosClass.NOMINAL)) {
            return -1;
        }
        int head = end;
        for (int k = end - 1; k >= from && !reading.hasTag(k, PosClass.VERB); k--) {
            if (reading.hasTag(k, PosClass.ADPOSITION) && k - 1 >= from && reading.hasTag(k - 1, PosClass.NOMINAL)) {
                head = k - 1;
            }
        }
        return head;
    }

    /** The mark that opens a quote ("il partito «non voterà»": the subject stands before it). */
    private boolean opensQuote(int i) {
        return reading.quoted(i) && reading.isPunct(i) && (i == 0 || !reading.quoted(i - 1));
    }

    private boolean isComma(int i) {
        return reading.surface(i).equals(",");
    }
}
