package io.newsextract.api;

/** A named entity mention. {@code type} is coarse (PERSON, ORGANIZATION, LOCATION, MISC); {@code subtype} finer or null. */
public record EntityMention(String id, String text, String type, String subtype, int start, int end) {

    public Span span() {
        return new Span(start, end);
    }
}
