package io.newsextract.eval;

import io.newsextract.api.Span;

import java.util.List;

/**
 * How one article's predictions lined up with its gold file under the scorer's matching rules, for the report: the
 * same pairs the figures count. Spans are into the article text (without quote marks), null when not found.
 */
public record Alignment(List<Item> items, SetDiff sectors, SetDiff entities) {

    public Alignment {
        items = List.copyOf(items);
    }

    /**
     * One quote, reported-speech or pledge item. {@code field}: quote | indirect | pledge; {@code outcome}: match |
     * miss (gold not found) | false (prediction matching no gold). {@code predIndex} indexes the record's
     * {@code quotes} or {@code pledges} array (-1 for a miss), {@code goldIndex} the gold file's array (-1 for a
     * false one). For a matched quote whose speaker was scored, {@code speakerRight} says whether it was right.
     */
    public record Item(String field, String outcome, int goldIndex, int predIndex, Span goldSpan, Span predSpan,
                       String goldText, List<String> goldSpeakers, String predSpeaker, Boolean speakerRight) {

        public Item {
            goldSpeakers = goldSpeakers == null ? List.of() : List.copyOf(goldSpeakers);
        }
    }

    /** A set-valued field: what gold has that the record lacks, and what the record has that gold lacks. */
    public record SetDiff(List<String> missed, List<String> extra) {

        public static final SetDiff NONE = new SetDiff(List.of(), List.of());

        public SetDiff {
            missed = List.copyOf(missed);
            extra = List.copyOf(extra);
        }
    }
}
