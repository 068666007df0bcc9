package io.newsextract.api;

/** A piece of the original text with its offsets: a mention, a cue, a trigger. {@code text} equals text[start,end). */
public record TextSpan(String text, int start, int end) {

    public static TextSpan of(String original, Span span) {
        return new TextSpan(span.of(original), span.start(), span.end());
    }

    public static TextSpan of(String original, int start, int end) {
        return new TextSpan(original.substring(start, end), start, end);
    }

    public Span span() {
        return new Span(start, end);
    }
}
