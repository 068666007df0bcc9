package io.newsextract.commitment;

import io.newsextract.api.Span;
import io.newsextract.lexicon.SurfaceToken;
import io.newsextract.lexicon.TokenPattern;

import java.util.List;

/**
 * A rule that fired in a sentence and survived the vetoes: surface-token indices (into {@code tokens}) of its clause,
 * its match and the end of its sentence part.
 */
record Hit(int sentence, List<SurfaceToken> tokens, Rule rule, TokenPattern.Match match, int clauseStart,
           int clauseEnd, int partEnd) {

    SurfaceToken trigger() {
        return tokens.get(match.trigger());
    }
}
