package io.newsextract.api;

import java.util.ArrayList;
import java.util.List;

/**
 * A word as the writer typed it: one token, or the tokens a multi-word token expands to (Italian "del" gives "di" and
 * "il", which share its span). {@code index} is the word's position among all the words of the document's
 * {@link Reading} — one index space for every stage that reads words; a token's own {@link Token#index()} counts
 * tokens within its sentence. {@code sentence} and {@code paragraph} are the indices of its sentence and paragraph.
 */
public record Word(int index, Span span, String surface, List<Token> tokens, int sentence, int paragraph) {

    public Word {
        tokens = List.copyOf(tokens);
    }

    /** The tag of the word's first token (the preposition of "del"), or null when untagged. */
    public String pos() {
        return tokens.get(0).pos();
    }

    /** A sentence's tokens grouped into words: tokens that repeat the span of the token before belong to its word. */
    public static List<List<Token>> group(List<Token> tokens) {
        List<List<Token>> out = new ArrayList<>();
        for (int k = 0; k < tokens.size(); ) {
            int to = k + 1;
            while (to < tokens.size() && tokens.get(to).span().equals(tokens.get(k).span())) {
                to++;
            }
            out.add(tokens.subList(k, to));
            k = to;
        }
        return out;
    }

    public int start() {
        return span.start();
    }

    public int end() {
        return span.end();
    }
}
