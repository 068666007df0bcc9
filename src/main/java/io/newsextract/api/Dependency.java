package io.newsextract.api;

/** A dependency arc between token indices of one sentence (indices into {@link Sentence#tokens()}, -1 = root). */
public record Dependency(int head, int dependent, String relation) {
}
