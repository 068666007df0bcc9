package io.newsextract.api;

/**
 * A quote. {@code text} is the quoted words without the quote marks; {@code kind}: direct | partial | indirect.
 * {@code method} names the attribution rule, {@code cue} the speech verb or "according to" that anchors it.
 */
public record Quote(String id, String text, int start, int end, String kind, String speakerId, SpeakerRef speaker,
                    TextSpan cue, String method, double confidence) {

    /** The speaker's canonical name as the record shows it next to the quote. */
    public record SpeakerRef(String name) {
    }

    public Span span() {
        return new Span(start, end);
    }
}
