package io.newsextract.api;

import java.util.List;

/** A sentence: its span in the original text, its tokens, and its dependency arcs if it was parsed. */
public record Sentence(int index, Span span, List<Token> tokens, List<Dependency> dependencies) {

    public Sentence {
        tokens = List.copyOf(tokens);
        dependencies = List.copyOf(dependencies);
    }

    public Sentence(int index, Span span, List<Token> tokens) {
        this(index, span, tokens, List.of());
    }

    public Sentence withTokens(List<Token> newTokens) {
        return new Sentence(index, span, newTokens, dependencies);
    }

    public Sentence withDependencies(List<Dependency> arcs) {
        return new Sentence(index, span, tokens, arcs);
    }

    public boolean isParsed() {
        return !dependencies.isEmpty();
    }
}
