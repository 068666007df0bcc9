package io.newsextract.ner;

import io.newsextract.api.Span;
import io.newsextract.api.Token;

import java.util.List;

/** A run of tokens [from, to) of one sentence, of one coarse entity type. */
record Run(int from, int to, String type) {

    /** The run's characters in the original text. */
    Span span(List<Token> tokens) {
        return new Span(tokens.get(from).start(), tokens.get(to - 1).end());
    }

    Run withType(String value) {
        return new Run(from, to, value);
    }
}
