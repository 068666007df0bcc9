package io.newsextract;

import io.newsextract.api.Span;
import io.newsextract.api.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A pre-tagged sentence for rule tests that need no tagger: {@code word/POS/extra ...}, words joined by one space,
 * or glued to the one before when written {@code ~word}. The extra field is the NER label or the lemma.
 */
public record Tagged(String text, List<Token> tokens) {

    /** Tokens with their NER label: {@code Rossi/PROPN/B-PER}. */
    public static Tagged withLabels(String tagged) {
        return parse(tagged, true);
    }

    /** Tokens with their lemma, the lower-case word where none is written: {@code chips/NNS/chip}. */
    public static Tagged withLemmas(String tagged) {
        return parse(tagged, false);
    }

    private static Tagged parse(String tagged, boolean labels) {
        StringBuilder text = new StringBuilder();
        List<Token> tokens = new ArrayList<>();
        for (String item : tagged.split(" ")) {
            boolean glued = item.startsWith("~");
            String[] parts = (glued ? item.substring(1) : item).split("/");
            if (!tokens.isEmpty() && !glued) {
                text.append(' ');
            }
            int start = text.length();
            text.append(parts[0]);
            String extra = parts.length > 2 ? parts[2] : null;
            Span span = new Span(start, text.length());
            tokens.add(labels ? new Token(tokens.size(), span, parts[0], parts[1], null, extra)
                    : new Token(tokens.size(), span, parts[0], parts[1],
                    extra == null ? parts[0].toLowerCase(Locale.ROOT) : extra, "O"));
        }
        return new Tagged(text.toString(), List.copyOf(tokens));
    }
}
