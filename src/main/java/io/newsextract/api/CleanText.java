package io.newsextract.api;

/** The text the language stages read, and the map of its offsets back into the original. */
public record CleanText(String text, OffsetMap offsets) {

    public static CleanText unchanged(String original) {
        return new CleanText(original, OffsetMap.identity(original.length()));
    }

    public Span toOriginal(int cleanStart, int cleanEnd) {
        return offsets.toOriginal(cleanStart, cleanEnd);
    }
}
