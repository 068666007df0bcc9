package io.newsextract.api;

import java.util.Arrays;

/**
 * Maps character offsets of a cleaned text back to the original text, like Lucene's {@code CharFilter.correctOffset}.
 * Every clean character knows the original range it came from: a kept character its own position, a substitute
 * (a space standing for removed markup, "&" for "&amp;amp;") the whole range it replaces.
 */
public final class OffsetMap {

    private final int[] from;
    private final int[] to;
    private final int originalLength;

    private OffsetMap(int[] from, int[] to, int originalLength) {
        this.from = from;
        this.to = to;
        this.originalLength = originalLength;
    }

    /** The map of a text that cleaning left unchanged. */
    public static OffsetMap identity(int length) {
        return new OffsetMap(null, null, length);
    }

    public boolean isIdentity() {
        return from == null;
    }

    /** The original span that a half-open clean span covers. */
    public Span toOriginal(int cleanStart, int cleanEnd) {
        if (from == null) {
            return new Span(cleanStart, cleanEnd);
        }
        if (cleanStart >= cleanEnd) {
            int at = cleanStart < from.length ? from[cleanStart] : originalLength;
            return new Span(at, at);
        }
        return new Span(from[cleanStart], to[cleanEnd - 1]);
    }

    public Span toOriginal(Span clean) {
        return toOriginal(clean.start(), clean.end());
    }

    /** Builds a clean text and its map by appending kept original ranges and substitutes. */
    public static final class Builder {
        private final String original;
        private final StringBuilder clean = new StringBuilder();
        private int[] from = new int[64];
        private int[] to = new int[64];

        public Builder(String original) {
            this.original = original;
        }

        /** Keeps original[start, end) unchanged. */
        public Builder keep(int start, int end) {
            for (int i = start; i < end; i++) {
                put(original.charAt(i), i, i + 1);
            }
            return this;
        }

        /** Writes {@code replacement} in place of original[start, end); each of its characters maps to that range. */
        public Builder replace(int start, int end, String replacement) {
            for (int i = 0; i < replacement.length(); i++) {
                put(replacement.charAt(i), start, end);
            }
            return this;
        }

        public int cleanLength() {
            return clean.length();
        }

        public char lastChar() {
            return clean.length() == 0 ? '\n' : clean.charAt(clean.length() - 1);
        }

        private void put(char c, int start, int end) {
            int n = clean.length();
            if (n == from.length) {
                from = Arrays.copyOf(from, n * 2);
                to = Arrays.copyOf(to, n * 2);
            }
            from[n] = start;
            to[n] = end;
            clean.append(c);
        }

        public CleanText build() {
            String text = clean.toString();
            if (text.equals(original)) {
                return new CleanText(text, identity(original.length()));
            }
            int n = text.length();
            return new CleanText(text, new OffsetMap(Arrays.copyOf(from, n), Arrays.copyOf(to, n), original.length()));
        }
    }
}
