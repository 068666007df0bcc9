package io.newsextract.api;

/**
 * A direct or partial quote where the text shows it: {@code content} the quoted words (the quote's own span),
 * {@code marked} the same with its quote marks (to the paragraph end when the quote is left open).
 */
public record QuoteSpan(Span content, Span marked) {
}
