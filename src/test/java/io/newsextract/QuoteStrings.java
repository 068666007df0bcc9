package io.newsextract;

import io.newsextract.api.Document;
import io.newsextract.api.Quote;
import io.newsextract.api.Speaker;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Compact golden strings for quotes and speakers, one per line:
 * {@code q1 direct [0,22) 'We will win' <- s1 Maria Lopez (quote-cue-name)}. Checks on the way that every span's
 * text is the original text at its offsets.
 */
public final class QuoteStrings {

    private QuoteStrings() {
    }

    public static Document annotate(String lang, String text) {
        Document d = TestPipelines.standard().annotate(Document.of("t", "t.txt", text));
        if (!d.languageCode().equals(lang)) {
            throw new AssertionError("detected " + d.languageCode() + ", expected " + lang + " for: " + text);
        }
        return d;
    }

    public static String quotes(Document d) {
        return d.quotes().stream().map(q -> quote(d, q)).collect(Collectors.joining("\n"));
    }

    public static String quote(Document d, Quote q) {
        if (!d.text().substring(q.start(), q.end()).equals(q.text())) {
            throw new AssertionError("span text differs from the original at " + q.span());
        }
        String who = q.speakerId() == null ? "-" : q.speakerId() + " " + q.speaker().name() + " (" + q.method() + ")";
        return q.id() + " " + q.kind() + " " + q.span() + " '" + q.text() + "' <- " + who;
    }

    /** {@code s1 PERSON Giorgia Meloni role=Prime Minister aff=Italy members=[] mentions=[Meloni, ...] quotes=[q1]} */
    public static String speakers(Document d) {
        return d.speakers().stream().map(s -> speaker(d, s)).collect(Collectors.joining("\n"));
    }

    private static String speaker(Document d, Speaker s) {
        s.mentions().forEach(m -> {
            if (!d.text().substring(m.start(), m.end()).equals(m.text())) {
                throw new AssertionError("mention text differs from the original at " + m.start());
            }
        });
        List<String> mentions = s.mentions().stream().map(m -> m.text()).toList();
        return s.id() + " " + s.type() + " " + s.name() + " role=" + s.role() + " aff=" + s.affiliation()
                + " members=" + s.members() + " mentions=" + mentions + " quotes=" + s.quoteIds();
    }
}
