package io.newsextract.attribution;

import io.newsextract.api.Artifact;
import io.newsextract.api.Document;
import io.newsextract.api.Quote;
import io.newsextract.api.Span;
import io.newsextract.api.Speaker;
import io.newsextract.api.Stage;
import io.newsextract.api.TextSpan;
import io.newsextract.learn.Classifier;
import io.newsextract.lexicon.Countries;
import io.newsextract.lexicon.LanguageResources;
import io.newsextract.lexicon.SpeechLexicon;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Attributes every quote to a speaker with the ordered {@link Rules} — first the rules that read the quote's own
 * sentence, over all quotes, then the rules that borrow from other quotes or look back — and builds the speakers:
 * mentions clustered to a canonical name, role and affiliation, the quotes of each, and group speakers whose members
 * are the people in them. Each answer and each rejected candidate goes to the document's trace. Uses the tags and
 * entities already in the document; no coreference model, no parse.
 */
public final class AttributionStage implements Stage {

    private final Map<String, SpeechLexicon> lexicons;
    private final Map<String, Countries> countries;
    private final List<AttributionRule> localRules = Rules.local();
    private final List<AttributionRule> contextRules = Rules.contextual();
    private final SpeakerRanker ranker;

    /** For the languages of {@code resources}: the ordered rules alone decide. */
    public AttributionStage(Map<String, LanguageResources> resources) {
        this(resources, null);
    }

    /**
     * For the languages of {@code resources}; the speaker model {@code speakerModel} ({@code models/learned/speaker.bin},
     * null for the rules alone) ranks the candidates of every direct and partial quote, with the rules as features.
     */
    public AttributionStage(Map<String, LanguageResources> resources, Classifier speakerModel) {
        this.lexicons = LanguageResources.each(resources, LanguageResources::speech);
        this.countries = LanguageResources.each(resources, LanguageResources::countries);
        this.ranker = speakerModel == null ? null : new SpeakerRanker(speakerModel, allRules());
    }

    /** The name of the speaker model the pipeline loads. */
    public static String speakerModelName() {
        return SpeakerRanker.MODEL;
    }

    static List<AttributionRule> allRules() {
        return java.util.stream.Stream.concat(Rules.local().stream(), Rules.contextual().stream()).toList();
    }

    /** The names of the attribution rules, in the order they are tried; a quote's {@code method} starts with one. */
    public static List<String> ruleNames() {
        return allRules().stream().map(AttributionRule::name).toList();
    }

    @Override
    public String name() {
        return "attribution";
    }

    @Override
    public Set<Artifact> requires() {
        return Set.of(Artifact.READING, Artifact.ENTITIES, Artifact.QUOTE_SPANS);
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
        return lexicons.containsKey(language);
    }

    @Override
    public Document annotate(Document document) {
        Trace trace = Trace.of(document.text());
        AttributionContext ctx = ruled(document, trace);
        if (ranker != null) {
            ranker.rank(ctx, trace);
        }
        return output(document, ctx).withDecisions(trace.decisions());
    }

    /** The document's words, mentions and speakers, with every quote given the answer of the ordered rules. */
    AttributionContext ruled(Document document, Trace trace) {
        String lang = document.languageCode();
        ReadingView view = new ReadingView(document, lexicons.get(lang));
        List<Mention> mentions = new MentionFinder(view, countries.get(lang)).find();
        SpeakerIndex index = new SpeakerIndex(view, mentions, countries.get(lang));
        AttributionContext ctx = new AttributionContext(view, mentions, index, sites(view));
        applyInOrder(localRules, ctx, trace);
        applyInOrder(contextRules, ctx, trace);
        return ctx;
    }

    /** Gives each quote still without a speaker the answer of the first rule that has one. */
    private static void applyInOrder(List<AttributionRule> rules, AttributionContext ctx, Trace trace) {
        for (QuoteSite site : ctx.sites) {
            for (AttributionRule rule : rules) {
                if (ctx.results[site.index()] != null) {
                    break;
                }
                rule.attribute(site, ctx, trace).ifPresent(a -> {
                    ctx.results[site.index()] = a;
                    trace.made(site, a);
                });
            }
        }
    }

    private static List<QuoteSite> sites(ReadingView view) {
        List<QuoteSite> sites = new ArrayList<>();
        List<Quote> quotes = view.doc.quotes();
        int prevDirectLast = -1;
        Quote prevDirect = null;
        for (int k = 0; k < quotes.size(); k++) {
            Quote q = quotes.get(k);
            boolean indirect = q.kind().equals("indirect");
            Span marked = indirect ? q.span() : view.markedSpan(q);
            int first = Math.min(view.firstAtOrAfter(marked.start()), view.size() - 1);
            int last = Math.max(first, view.firstAtOrAfter(marked.end()) - 1);
            int sentence = view.sentence(first);
            int before = Math.max(view.sentenceStart(sentence), prevDirectLast + 1);
            if (before >= first && sentence > 0 && view.word(first - 1).equals(":")) {
                before = Math.max(view.sentenceStart(sentence - 1), prevDirectLast + 1);
            }
            int afterEnd = view.sentenceEnd(view.sentence(last));
            if (afterEnd == last + 1 && afterEnd < view.size() && view.paragraph(afterEnd) == view.paragraph(last)
                    && Character.isLowerCase(view.word(afterEnd).charAt(0))) {
                afterEnd = view.sentenceEnd(view.sentence(afterEnd));   // “Why now?” asked Lee.
            }
            for (int n = k + 1; n < quotes.size(); n++) {
                if (!quotes.get(n).kind().equals("indirect")) {
                    afterEnd = Math.min(afterEnd, Math.max(last + 1, view.firstAtOrAfter(view.markedSpan(quotes.get(n)).start())));
                    break;
                }
            }
            int paragraph = view.paragraph(first);
            boolean opens = first == 0 || view.paragraph(first - 1) != paragraph;
            boolean continued = !indirect && opens && prevDirect != null && reopens(view, prevDirect, q);
            sites.add(new QuoteSite(k, q, first, last, Math.min(before, first), afterEnd, paragraph, opens, continued));
            if (!indirect) {
                prevDirectLast = last;
                prevDirect = q;
            }
        }
        return sites;
    }

    private static final Pattern SPACE_AND_STOPS = Pattern.compile("[\\s,.;:]");

    /** Only spaces and one opening mark lie between the previous quote's words and this one's: it was not closed. */
    private static boolean reopens(ReadingView view, Quote previous, Quote q) {
        if (previous.end() > q.start()) {
            return false;
        }
        String between = SPACE_AND_STOPS.matcher(view.text.substring(previous.end(), q.start())).replaceAll("");
        return between.length() == 1 && view.lex.quoteMarks().stream().anyMatch(m -> m.open() == between.charAt(0)
                && m.open() != m.close());
    }

    private static Document output(Document doc, AttributionContext ctx) {
        Map<Cluster, List<String>> quoted = new IdentityHashMap<>();
        for (QuoteSite site : ctx.sites) {
            Attribution a = ctx.results[site.index()];
            if (a != null) {
                quoted.computeIfAbsent(a.speaker(), c -> new ArrayList<>()).add(site.quote().id());
            }
        }
        Set<Cluster> speaking = new LinkedHashSet<>(quoted.keySet());
        quoted.keySet().forEach(c -> speaking.addAll(c.members));
        List<Cluster> ordered = new ArrayList<>(speaking);
        ordered.sort(Comparator.comparingInt((Cluster c) -> c.isGroup() ? 1 : 0).thenComparingInt(c -> c.firstWord));
        Map<Cluster, String> ids = new IdentityHashMap<>();
        ordered.forEach(c -> ids.put(c, "s" + (ids.size() + 1)));
        List<Speaker> speakers = new ArrayList<>();
        for (Cluster c : ordered) {
            List<TextSpan> mentions = c.mentions.stream().sorted().map(s -> TextSpan.of(doc.text(), s)).toList();
            speakers.add(new Speaker(ids.get(c), c.name, c.type, c.role, c.affiliation,
                    c.members.stream().map(ids::get).toList(), mentions, quoted.getOrDefault(c, List.of())));
        }
        List<Quote> quotes = new ArrayList<>();
        for (QuoteSite site : ctx.sites) {
            Quote q = site.quote();
            Attribution a = ctx.results[site.index()];
            if (a == null) {
                quotes.add(q);
                continue;
            }
            TextSpan cue = a.cue() >= 0 ? cueSpan(ctx.view, a.cue()) : q.cue();
            // a learned detector's quote keeps its method before the rule's, and its confidence multiplies in
            boolean learned = q.method() != null && q.method().startsWith("model:");
            String method = learned ? q.method() + "/" + a.method() : a.method();
            double confidence = learned ? a.confidence() * q.confidence() : a.confidence();
            quotes.add(new Quote(q.id(), q.text(), q.start(), q.end(), q.kind(), ids.get(a.speaker()),
                    new Quote.SpeakerRef(a.speaker().name), cue, method, Math.round(confidence * 100) / 100.0));
        }
        return doc.withQuotes(quotes).withSpeakers(speakers);
    }

    /** The speech verb's word, or the whole "according to" phrase. */
    private static TextSpan cueSpan(ReadingView view, int cue) {
        int end = view.accordingToAt(cue);
        Span s = end > cue ? view.span(cue, end) : view.span(cue, cue + 1);
        return TextSpan.of(view.text, s);
    }
}
