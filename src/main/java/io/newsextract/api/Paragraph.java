package io.newsextract.api;

/**
 * A paragraph: its number in the document (from 0), its span in the original text and the same paragraph in the
 * clean text (see {@link CleanText}), both without surrounding space.
 */
public record Paragraph(int id, Span span, Span clean) {
}
