package io.newsextract.commitment;

import io.newsextract.api.Document;
import io.newsextract.api.Pledge;

import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Compact golden strings for pledges, and the offset contract every pledge must keep. */
final class PledgeStrings {

    private PledgeStrings() {
    }

    /** e.g. {@code agreement [25,110) trigger 'agreed' actors [South Korea, Italy] sectors [ai] 2026..2030 agree-to}. */
    static String of(Pledge p) {
        String actors = p.actors().stream().map(Pledge.Actor::name).collect(Collectors.joining(", ", "[", "]"));
        String time = p.timeframe() == null ? "-" : p.timeframe().fromYear() + ".." + p.timeframe().toYear();
        return p.strength() + " " + p.span() + " trigger '" + p.trigger().text() + "' actors " + actors
                + " sectors " + p.sectors() + " " + time + (p.negated() ? " negated" : "") + " " + p.method();
    }

    /** The golden string of the one pledge whose evidence starts with {@code evidenceStart}; fails if none. */
    static String find(Document doc, String evidenceStart) {
        List<Pledge> hits = doc.pledges().stream().filter(p -> p.text().startsWith(evidenceStart)).toList();
        assertEquals(1, hits.size(), () -> "pledges starting '" + evidenceStart + "': " + all(doc));
        return of(hits.get(0));
    }

    static String all(Document doc) {
        return doc.pledges().stream().map(p -> "\n  " + of(p) + " | " + p.text()).collect(Collectors.joining());
    }

    /** Every span of every pledge is a substring of the original text. */
    static void assertSpansHold(Document doc) {
        for (Pledge p : doc.pledges()) {
            assertEquals(p.text(), doc.text().substring(p.start(), p.end()));
            assertEquals(p.trigger().text(), doc.text().substring(p.trigger().start(), p.trigger().end()));
            if (p.timeframe() != null) {
                assertEquals(p.timeframe().text(), doc.text().substring(p.timeframe().start(), p.timeframe().end()));
            }
            if (p.amount() != null) {
                assertEquals(p.amount().text(), doc.text().substring(p.amount().start(), p.amount().end()));
            }
        }
    }
}
