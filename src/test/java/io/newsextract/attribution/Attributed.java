package io.newsextract.attribution;

import io.newsextract.api.Decision;
import io.newsextract.api.Document;
import io.newsextract.api.Quote;
import io.newsextract.testing.TaggedDoc;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Runs the attribution stage alone on a pre-tagged document ({@link TaggedDoc} notation) and writes what it decided as
 * compact golden strings: {@code q1 'We are ready' <- John Smith [quote-name-cue]}. No CoreNLP: milliseconds a case.
 */
final class Attributed {

    private static final AttributionStage STAGE = new AttributionStage(io.newsextract.testing.TaggedDoc.RESOURCES);

    private Attributed() {
    }

    static Document annotate(String lang, String notation) {
        return STAGE.annotate(TaggedDoc.parse(lang, notation));
    }

    /** One line a quote: id, text, speaker and method ({@code -} when no rule found one). */
    static String quotes(String lang, String notation) {
        return quotes(annotate(lang, notation));
    }

    static String quotes(Document d) {
        return d.quotes().stream().map(Attributed::quote).collect(Collectors.joining("\n"));
    }

    private static String quote(Quote q) {
        String who = q.speaker() == null ? "-" : q.speaker().name() + " [" + q.method() + "]";
        return q.id() + " '" + q.text() + "' <- " + who;
    }

    /** One line a trace entry: verdict, rule, the quote's text, and the note. */
    static String trace(Document d) {
        return d.trace().stream().map(Attributed::decision).collect(Collectors.joining("\n"));
    }

    private static String decision(Decision x) {
        return x.verdict() + " " + x.rule() + " '" + x.text() + "' (" + x.note() + ")";
    }
}
