package io.newsextract.commitment;

import io.newsextract.api.PosClass;
import io.newsextract.lexicon.SurfaceToken;
import io.newsextract.lexicon.TokenPattern;

import java.util.List;
import java.util.Set;

/**
 * Where the clause around a trigger starts and ends, in surface-token indices of one sentence. A clause starts after
 * the nearest punctuation that opens one (comma, dash, colon), after an opening quote that itself follows punctuation
 * or the sentence start (a full quoted clause, not a partial quote inside one), or after a clause-opening word
 * ("that", "che"). It ends at the first break pattern of the language, where a quotation around the trigger closes,
 * or at the end of the sentence part (a semicolon ends a part).
 */
final class Clauses {

    private static final Set<String> OPENING_PUNCTUATION = Set.of(",", ";", ":", ".", "—", "–", "--", "(", "[");
    private static final Set<String> OPENING_QUOTES = Set.of("“", "«", "‘");
    private static final Set<String> CLOSING_QUOTES = Set.of("”", "»", "’");

    private final CommitmentLexicon lexicon;

    Clauses(CommitmentLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * The first token of the clause that contains token {@code from}. A clause that opens right after a quotation
     * ("“We will cut taxes,” he pledged") starts with the quotation: the quoted words are what was pledged.
     */
    int start(List<SurfaceToken> tokens, int from) {
        for (int k = from - 1; k >= 0; k--) {
            SurfaceToken t = tokens.get(k);
            boolean afterQuote = closes(t) && k > 0 && tokens.get(k - 1).surface().equals(",")
                    || t.surface().equals(",") && k > 0 && closes(tokens.get(k - 1));
            if (afterQuote) {
                int open = openingBefore(tokens, k - 1);
                if (open >= 0) {
                    return open + 1;
                }
            }
            boolean quoteOpensClause = opens(tokens, k) && (k == 0 || tokens.get(k - 1).isPunctuation());
            if (OPENING_PUNCTUATION.contains(t.surface()) || quoteOpensClause
                    || lexicon.in("clause-start", t) && !lexicon.tagged(PosClass.VERB, t)) {
                return k + 1;
            }
        }
        return 0;
    }

    /** One past the last token of the clause whose trigger is at {@code trigger} and whose match ends at {@code from}. */
    int end(List<SurfaceToken> tokens, int trigger, int from, int partEnd) {
        boolean quoteOpenedAfter = false;
        for (int k = from; k < partEnd; k++) {
            SurfaceToken t = tokens.get(k);
            if (opens(tokens, k)) {
                quoteOpenedAfter = true;
            } else if (CLOSING_QUOTES.contains(t.surface()) || t.surface().equals("\"")) {
                if (!quoteOpenedAfter) {
                    return k;
                }
                quoteOpenedAfter = false;
            }
            for (TokenPattern p : lexicon.breaks()) {
                if (k > trigger + 1 && p.matchAt(tokens, k).isPresent()) {
                    return k;
                }
            }
        }
        return partEnd;
    }

    /** One past the last token of the sentence part (up to a semicolon or a stop) that holds token {@code k}. */
    static int partEnd(List<SurfaceToken> tokens, int k) {
        for (int i = k; i < tokens.size(); i++) {
            if (separatesParts(tokens, i)) {
                return i;
            }
        }
        return tokens.size();
    }

    /** The number of part separators before token {@code k}: which part of the sentence it is in. */
    static int part(List<SurfaceToken> tokens, int k) {
        int n = 0;
        for (int i = 0; i < k; i++) {
            if (separatesParts(tokens, i)) {
                n++;
            }
        }
        return n;
    }

    /**
     * A semicolon, or a full stop the segmenter left inside a sentence ("…nuovi mutui. «Useremo…»"): the two
     * sides are separate statements, each with its own pledge.
     */
    private static boolean separatesParts(List<SurfaceToken> tokens, int i) {
        String s = tokens.get(i).surface();
        return s.equals(";") || s.equals(".") && i + 1 < tokens.size() && !tokens.get(i + 1).isPunctuation()
                || s.equals(".") && i + 2 < tokens.size() && OPENING_QUOTES.contains(tokens.get(i + 1).surface());
    }

    /** Whether token k opens a quotation: a curly or angled opening mark, or a straight one glued to the next word. */
    private static boolean opens(List<SurfaceToken> tokens, int k) {
        SurfaceToken t = tokens.get(k);
        if (OPENING_QUOTES.contains(t.surface())) {
            return true;
        }
        boolean gluedAfter = k + 1 < tokens.size() && tokens.get(k + 1).start() == t.end();
        boolean spaceBefore = k == 0 || tokens.get(k - 1).end() < t.start();
        return t.surface().equals("\"") && gluedAfter && spaceBefore;
    }

    private static boolean closes(SurfaceToken t) {
        return CLOSING_QUOTES.contains(t.surface()) || t.surface().equals("\"");
    }

    /** The opening quote that the closing quote at {@code close} ends, or -1. */
    private static int openingBefore(List<SurfaceToken> tokens, int close) {
        for (int k = close - 1; k >= 0; k--) {
            if (opens(tokens, k)) {
                return k;
            }
        }
        return -1;
    }
}
