package io.newsextract.api;

import java.math.BigDecimal;
import java.util.List;

/**
 * A commitment. {@code strength}: signed | commitment | agreement | reaffirmation | intention.
 * {@code method} names the rule that produced it.
 */
public record Pledge(String id, String text, int start, int end, List<Actor> actors, TextSpan trigger, String action,
                     String strength, List<String> sectors, Timeframe timeframe, Amount amount, boolean negated,
                     String quoteId,
                     String method, double confidence) {

    public Pledge {
        actors = List.copyOf(actors);
        sectors = List.copyOf(sectors);
    }

    /** Who commits; {@code entityId} links to an entity or {@code speakerId} to a speaker when resolved. */
    public record Actor(String name, String entityId, String speakerId) {
    }

    /**
     * When: the words that say it, a span of the original text like any other, and the years they cover (either may
     * be null: "by 2030" has no first year when the article has no date).
     */
    public record Timeframe(String text, int start, int end, Integer fromYear, Integer toYear) {

        public Timeframe shifted(int offset) {
            return new Timeframe(text, start + offset, end + offset, fromYear, toYear);
        }
    }

    /**
     * Money the pledge commits: the words that say it (a span of the original text), its value in units of the
     * currency and the currency's ISO 4217 code. The value is a {@link BigDecimal} so that "1.5 billion" is exactly
     * 1500000000 and is written as that plain JSON number (a double would print 1.5E9 and round decimal fractions).
     */
    public record Amount(String text, int start, int end, BigDecimal value, String currency) {

        public Amount shifted(int offset) {
            return new Amount(text, start + offset, end + offset, value, currency);
        }
    }

    public Span span() {
        return new Span(start, end);
    }
}
