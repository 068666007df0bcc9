package io.newsextract.api;

/** A half-open range of character (UTF-16) offsets into the ORIGINAL text of a document. */
public record Span(int start, int end) implements Comparable<Span> {

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + "," + end + ")");
        }
    }

    public int length() {
        return end - start;
    }

    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }

    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }

    public int overlap(Span other) {
        return Math.max(0, Math.min(end, other.end) - Math.max(start, other.start));
    }

    public String of(String text) {
        return text.substring(start, end);
    }

    /** {@code [start, end)} of {@code text} without the white space around it (possibly empty). */
    public static Span stripped(String text, int start, int end) {
        return stripped(text, start, end, "", "");
    }

    /**
     * {@code [start, end)} of {@code text} without the white space around it, nor any of {@code leading} at its start
     * or of {@code trailing} at its end (e.g. the comma a writer puts before a quote); possibly empty.
     */
    public static Span stripped(String text, int start, int end, String leading, String trailing) {
        while (start < end && (Character.isWhitespace(text.charAt(start)) || leading.indexOf(text.charAt(start)) >= 0)) {
            start++;
        }
        while (end > start && (Character.isWhitespace(text.charAt(end - 1))
                || trailing.indexOf(text.charAt(end - 1)) >= 0)) {
            end--;
        }
        return new Span(start, end);
    }

    @Override
    public int compareTo(Span o) {
        return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
    }

    @Override
    public String toString() {
        return "[" + start + "," + end + ")";
    }
}
