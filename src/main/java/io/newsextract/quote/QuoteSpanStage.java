package io.newsextract.quote;

import io.newsextract.api.Artifact;
import io.newsextract.api.Decision;
import io.newsextract.api.Decision.Verdict;
import io.newsextract.api.Document;
import io.newsextract.api.Quote;
import io.newsextract.api.QuoteSpan;
import io.newsextract.api.Reading;
import io.newsextract.api.Speaker;
import io.newsextract.api.Stage;
import io.newsextract.learn.Classifier;
import io.newsextract.lexicon.LanguageResources;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Whether a quote-mark span is someone's words or a title, nickname, scare quote or term: a maximum-entropy model
 * trained on PolNeAR ({@code models/learned/quote-span.bin}, see {@link QuoteSpanTarget}) reads the
 * {@link QuoteSpanFeatures} of every attributed direct or partial quote and drops those whose probability of being
 * speech is under {@link #THRESHOLD} (see {@link #decide}). Each kept quote's {@code confidence} becomes the probability that its words are someone's times
 * the attribution's confidence (the probability alone when no speaker was found, and then its {@code method} is
 * {@value #RULE}); the trace records each span MADE or DROPPED by {@value #RULE} with the probability. Quotes and
 * speakers are renumbered; a speaker left without quotes (and in no group that keeps one) goes.
 */
public final class QuoteSpanStage implements Stage {

    /** The model's name, the trace rule and the method of a kept quote no attribution rule answered. */
    public static final String RULE = "model:quote-span";
    /** The model file's name under {@code models/learned/}. */
    public static final String MODEL = "quote-span";
    /** The outcome for someone's words that the scorer counts as a direct or partial quote. */
    public static final String SPEECH = "speech";
    /** The outcome for marks PolNeAR's converter does not pair (a quote left open to the paragraph end): reported. */
    public static final String REPORTED = "reported";
    /** The outcome for a title, nickname, scare quote or term. */
    public static final String NOT = "not";
    /** Below this probability of speech a span is dropped; tuned on PolNeAR dev for quote F1. */
    public static final double THRESHOLD = 0.5;

    private final QuoteSpanFeatures features;
    private final Classifier model;
    private final double threshold;

    public QuoteSpanStage(Map<String, LanguageResources> resources, Classifier model) {
        this(new QuoteSpanFeatures(resources), model, THRESHOLD);
    }

    QuoteSpanStage(QuoteSpanFeatures features, Classifier model, double threshold) {
        this.features = features;
        this.model = model;
        this.threshold = threshold;
    }

    /** The names of the rules this stage writes to the trace. */
    public static List<String> ruleNames() {
        return List.of(RULE);
    }

    @Override
    public String name() {
        return "quote-check";
    }

    @Override
    public Set<Artifact> requires() {
        return Set.of(Artifact.READING, Artifact.ENTITIES, Artifact.QUOTE_SPANS, Artifact.ATTRIBUTED_QUOTES,
                Artifact.SPEAKERS);
    }

    @Override
    public Set<Artifact> uses() {
        return Set.of(Artifact.REPORTED_SPEECH);
    }

    @Override
    public Set<Artifact> produces() {
        return Set.of(Artifact.ATTRIBUTED_QUOTES, Artifact.SPEAKERS);
    }

    @Override
    public boolean supports(String language) {
        return features.supports(language);
    }

    /** The probabilities of {@link #SPEECH}, {@link #REPORTED} and {@link #NOT} for a span's features. */
    public double[] probabilities(List<String> f) {
        return new double[]{model.probability(f, SPEECH), model.probability(f, REPORTED), model.probability(f, NOT)};
    }

    /** What becomes of a span: a quote, reported speech, or nothing. */
    enum Outcome { QUOTE, REPORTED, NOT }

    /**
     * A span the model finds likely {@link #SPEECH} is a quote. A closed span whose marks pair left to right
     * ({@code paired}; Italian «…» always pair) is a quote when its words are likely someone's, {@link #SPEECH} and
     * {@link #REPORTED} together. A span left open to its paragraph's end, or whose marks do not pair, is someone's
     * words when {@link #REPORTED} is likelier than {@link #NOT}, and then the language's {@code quote-span.txt}
     * says what it becomes: reported speech (as PolNeAR's converter scores such words), a quote (as the project's
     * Italian gold counts a quote over paragraphs), or nothing (English: the converter reads them as reported speech,
     * the project's own English gold as direct quotes, so neither is claimed).
     */
    static Outcome decide(double[] p, boolean closed, boolean paired, QuoteSpanFeatures.OpenQuotes open,
                          double threshold) {
        if (p[0] >= threshold) {
            return Outcome.QUOTE;
        }
        if (closed && paired) {
            return p[0] + p[1] >= threshold ? Outcome.QUOTE : Outcome.NOT;
        }
        if (p[1] <= p[2]) {
            return Outcome.NOT;
        }
        return switch (open) {
            case REPORTED -> Outcome.REPORTED;
            case QUOTE -> Outcome.QUOTE;
            case DROP -> Outcome.NOT;
        };
    }

    @Override
    public Document annotate(Document doc) {
        Reading reading = doc.reading();
        List<Quote> kept = new ArrayList<>();
        List<QuoteSpan> spans = new ArrayList<>();
        List<Decision> trace = new ArrayList<>();
        Map<String, String> quoteIds = new HashMap<>();
        List<Quote> marked = doc.quotes().stream().filter(q -> !q.kind().equals("indirect")).toList();
        List<List<String>> spanFeatures = features.of(doc, marked);
        int k = 0;
        for (Quote q : doc.quotes()) {
            Quote out = q;
            if (!q.kind().equals("indirect")) {
                List<String> f = spanFeatures.get(k++);
                double[] p = probabilities(f);
                String note = String.format(Locale.ROOT, "p(speech) %.2f, p(reported) %.2f", p[0], p[1]);
                Outcome outcome = decide(p, f.contains("closed=true"), f.contains("paired=true"),
                        features.openQuotes(doc.languageCode()), threshold);
                boolean reported = outcome == Outcome.REPORTED && doc.quotes().stream()
                        .noneMatch(o -> o.kind().equals("indirect") && o.span().overlap(q.span()) > 0);
                if (outcome == Outcome.NOT || outcome == Outcome.REPORTED && !reported) {
                    trace.add(Decision.of(name(), RULE, Verdict.DROPPED, doc.text(), q.span(), note));
                    continue;
                }
                trace.add(Decision.of(name(), RULE, reported ? Verdict.CHANGED : Verdict.MADE, doc.text(), q.span(),
                        note));
                double own = reported ? p[1] : p[0] + p[1];
                double confidence = q.method() == null ? own : own * q.confidence();
                if (!reported) {
                    spans.add(new QuoteSpan(q.span(), reading.markedSpan(q)));
                }
                out = new Quote(q.id(), q.text(), q.start(), q.end(), reported ? "indirect" : q.kind(), q.speakerId(),
                        q.speaker(), q.cue(), q.method() == null ? RULE : q.method(),
                        Math.round(confidence * 100) / 100.0);
            }
            quoteIds.put(q.id(), "q" + (kept.size() + 1));
            kept.add(out);
        }
        Map<String, String> speakerIds = speakerIds(doc.speakers(), quoteIds);
        List<Quote> quotes = new ArrayList<>();
        for (Quote q : kept) {
            String speaker = q.speakerId() == null ? null : speakerIds.get(q.speakerId());
            quotes.add(new Quote(quoteIds.get(q.id()), q.text(), q.start(), q.end(), q.kind(), speaker,
                    speaker == null ? null : q.speaker(), q.cue(), q.method(), q.confidence()));
        }
        List<Speaker> speakers = new ArrayList<>();
        for (Speaker s : doc.speakers()) {
            if (speakerIds.containsKey(s.id())) {
                speakers.add(new Speaker(speakerIds.get(s.id()), s.name(), s.type(), s.role(), s.affiliation(),
                        s.members().stream().filter(speakerIds::containsKey).map(speakerIds::get).toList(),
                        s.mentions(), s.quoteIds().stream().filter(quoteIds::containsKey).map(quoteIds::get).toList()));
            }
        }
        return doc.withQuotes(quotes).withSpeakers(speakers).withReading(reading.withQuoteSpans(spans))
                .withDecisions(trace);
    }

    /** New ids of the speakers that still have a quote, or are members of a group that has one, in their order. */
    private static Map<String, String> speakerIds(List<Speaker> speakers, Map<String, String> quoteIds) {
        Set<String> alive = new HashSet<>();
        for (Speaker s : speakers) {
            if (s.quoteIds().stream().anyMatch(quoteIds::containsKey)) {
                alive.add(s.id());
                alive.addAll(s.members());
            }
        }
        Map<String, String> ids = new HashMap<>();
        for (Speaker s : speakers) {
            if (alive.contains(s.id())) {
                ids.put(s.id(), "s" + (ids.size() + 1));
            }
        }
        return ids;
    }
}
