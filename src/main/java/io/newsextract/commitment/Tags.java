package io.newsextract.commitment;

import io.newsextract.lexicon.SurfaceToken;

import java.util.List;

/**
 * Word classes by part-of-speech tag prefix, for both tagsets the taggers use: Penn Treebank (English) and Universal
 * Dependencies (Italian). Tagset knowledge, not language knowledge: a new language with either tagset needs nothing here.
 */
final class Tags {

    private static final List<String> VERB = List.of("VB", "MD", "VERB", "AUX");
    private static final List<String> PREPOSITION = List.of("IN", "TO", "ADP");
    private static final List<String> NOMINAL = List.of("NN", "PRP", "CD", "NOUN", "PROPN", "PRON");
    private static final List<String> PROPER = List.of("NNP", "PROPN");
    private static final List<String> ADVERB = List.of("RB", "ADV");
    private static final List<String> PRONOUN = List.of("PRP", "PRON");

    private Tags() {
    }

    static boolean verb(SurfaceToken t) {
        return t.hasTag(VERB);
    }

    static boolean preposition(SurfaceToken t) {
        return t.hasTag(PREPOSITION);
    }

    static boolean nominal(SurfaceToken t) {
        return t.hasTag(NOMINAL);
    }

    static boolean proper(SurfaceToken t) {
        return t.hasTag(PROPER);
    }

    static boolean hasPronounTag(SurfaceToken t) {
        return t.hasTag(PRONOUN);
    }

    static boolean adverb(SurfaceToken t) {
        return t.hasTag(ADVERB);
    }
}
