package io.newsextract.api;

import java.util.List;

/**
 * A commitment. {@code strength}: signed | commitment | agreement | reaffirmation | intention.
 * {@code method} names the rule that produced it.
 */
public record Pledge(String id, String text, int start, int end, List<Actor> actors, TextSpan trigger, String action,
                     String strength, List<String> sectors, Timeframe timeframe, boolean negated, String quoteId,
                     String method, double confidence) {

    public Pledge {
        actors = List.copyOf(actors);
        sectors = List.copyOf(sectors);
    }

    /** Who commits; {@code entityId} links to an entity or {@code speakerId} to a speaker when resolved. */
    public record Actor(String name, String entityId, String speakerId) {
    }

    /** When: the words that say it and the years they cover (either may be null). */
    public record Timeframe(String text, Integer start, Integer end) {
    }

    public Span span() {
        return new Span(start, end);
    }
}
