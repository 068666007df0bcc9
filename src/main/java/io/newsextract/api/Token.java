package io.newsextract.api;

/**
 * A word. {@code span} points into the original text; {@code word} is the word form the models see, which differs
 * from the surface text for expanded multi-word tokens (Italian "del" gives "di" and "il", both spanning "del")
 * and for normalised characters. {@code pos} and {@code lemma} are null until a tagging stage fills them;
 * {@code ner} is the token-level entity label (O when none) once entity recognition ran.
 */
public record Token(int index, Span span, String word, String pos, String lemma, String ner) {

    public Token withTags(String newPos, String newLemma) {
        return new Token(index, span, word, newPos, newLemma, ner);
    }

    public Token withNer(String label) {
        return new Token(index, span, word, pos, lemma, label);
    }

    public int start() {
        return span.start();
    }

    public int end() {
        return span.end();
    }
}
