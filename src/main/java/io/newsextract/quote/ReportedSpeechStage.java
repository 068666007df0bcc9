package io.newsextract.quote;

import io.newsextract.api.Artifact;
import io.newsextract.api.Decision;
import io.newsextract.api.Decision.Verdict;
import io.newsextract.api.Document;
import io.newsextract.api.EntityMention;
import io.newsextract.api.PosClass;
import io.newsextract.api.Quote;
import io.newsextract.api.Reading;
import io.newsextract.api.Span;
import io.newsextract.api.SpeechCue;
import io.newsextract.api.Stage;
import io.newsextract.api.TextSpan;
import io.newsextract.learn.Classifier;
import io.newsextract.lexicon.EntityLabels;
import io.newsextract.lexicon.LanguageData;
import io.newsextract.lexicon.LanguageResources;
import io.newsextract.lexicon.SpeechLexicon;
import io.newsextract.reading.SubjectFinder;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reported speech ({@code kind} = indirect): the content of "X said (that) …", "X told reporters …", "X stressed the
 * need to …", "…, X said", "according to X, …" and their Italian forms ("ha affermato che …", "secondo X, …"), found
 * by {@link CueFinder} and kept in the reading as speech cues. The span is the reported content. Content that is
 * mostly a direct or partial quote is left to that quote. Quotes are renumbered in text order. The trace records each
 * indirect quote as MADE by the cue rule that found it and each candidate dropped by the rule that dropped it.
 */
public final class ReportedSpeechStage implements Stage {

    /** Reported content with a partial quote in it ("said the plan was “dead on arrival”") is still reported speech. */
    private static final double MOSTLY_QUOTED = 0.85;
    /** Drops reported content that is mostly a direct or partial quote. */
    static final String MOSTLY_QUOTED_RULE = "cue-mostly-quoted";
    private static final String NAME = "reported-speech";

    /** The model keeps content with fewer words than this out (PolNeAR content is often short: "it would"). */
    private static final int MODEL_MIN_WORDS = Integer.getInteger("newsextract.cueMinWords", 2);
    /** The model's content is left to the quotes when they cover this share of it (PolNeAR's gold does so). */
    private static final double MODEL_QUOTED = Double.parseDouble(System.getProperty("newsextract.cueQuoted", "0.5"));

    private final Map<String, SpeechLexicon> lexicons;
    private final Map<String, EntityLabels> entityLabels;
    private final Map<String, CueWords> cueWords;
    private final Map<String, CueSettings> settings;
    /** The languages whose mostly quoted reported content stays reported speech ({@code quoted-content = keep}). */
    private final Set<String> keepQuoted;
    /** The languages whose headlines may name their source ({@code headline-cue = true}; a rule, model or not). */
    private final Set<String> headlines;
    private final Classifier model;

    /** For the languages of {@code resources}, with today's cue rules alone. */
    public ReportedSpeechStage(Map<String, LanguageResources> resources) {
        this(resources, null);
    }

    /**
     * For the languages of {@code resources}; with a learned cue model ({@code models/learned/reported-cue.bin},
     * loaded once by the caller) the model decides which words are cues where {@code reported-speech.properties}
     * lets it ({@link CueSettings}), the rules' findings among its features.
     */
    public ReportedSpeechStage(Map<String, LanguageResources> resources, Classifier model) {
        this(resources, model, LanguageResources.each(resources, r -> CueSettings.load(r.language())));
    }

    /** With the learned cue model deciding as {@code settings} say (a language without settings keeps the rules). */
    ReportedSpeechStage(Map<String, LanguageResources> resources, Classifier model, Map<String, CueSettings> settings) {
        this.lexicons = LanguageResources.each(resources, LanguageResources::speech);
        this.entityLabels = LanguageResources.each(resources, LanguageResources::entityLabels);
        Map<String, CueWords> words = new java.util.HashMap<>();
        Map<String, CueSettings> used = new java.util.HashMap<>();
        if (model != null) {
            resources.forEach((lang, r) -> {
                CueSettings set = settings.getOrDefault(lang, CueSettings.RULES);
                if (set.usesModel()) {
                    words.put(lang, CueWords.load(lang, r.speech()));
                    used.put(lang, set);
                }
            });
        }
        this.cueWords = Map.copyOf(words);
        this.settings = Map.copyOf(used);
        this.keepQuoted = Set.copyOf(resources.keySet().stream()
                .filter(lang -> settings.getOrDefault(lang, CueSettings.RULES).keepQuoted()).toList());
        this.headlines = Set.copyOf(resources.keySet().stream()
                .filter(lang -> settings.getOrDefault(lang, CueSettings.RULES).headlines()).toList());
        this.model = model;
    }

    /** The learned cue model from the class path. */
    public static Classifier loadModel() {
        return Classifier.load(LearnedCues.MODEL);
    }

    /** The names of the cue rules that find reported speech and of the rules that drop a candidate. */
    public static List<String> ruleNames() {
        return List.of(CueFinder.ACCORDING_TO, CueFinder.HEADLINE, CueFinder.TRAILING_CUE, CueFinder.BETWEEN_COMMAS,
                CueFinder.CONTENT_AFTER, CueFinder.NO_SUBJECT, CueFinder.ATTRIBUTES_QUOTE, CueFinder.SHORT_CONTENT,
                MOSTLY_QUOTED_RULE, LearnedCues.METHOD);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<Artifact> requires() {
        return Set.of(Artifact.READING, Artifact.ENTITIES, Artifact.QUOTE_SPANS);
    }

    @Override
    public Set<Artifact> produces() {
        return Set.of(Artifact.REPORTED_SPEECH);
    }

    @Override
    public boolean supports(String language) {
        return lexicons.containsKey(language);
    }

    @Override
    public Document annotate(Document document) {
        SpeechLexicon lex = lexicons.get(document.languageCode());
        Reading reading = document.reading();
        List<Quote> all = new ArrayList<>(document.quotes());
        List<SpeechCue> cues = new ArrayList<>();
        List<Decision> trace = new ArrayList<>();
        SubjectFinder subjects = new SubjectFinder(reading, lex);
        CueSettings set = settings.getOrDefault(document.languageCode(), CueSettings.RULES);
        List<Span> sources = headlines.contains(document.languageCode()) ? named(document) : null;
        for (int s = 0; s < reading.sentenceCount(); s++) {
            SentenceWords words = new SentenceWords(subjects, s, lex, entityLabels.get(document.languageCode()));
            CueFinder finder = new CueFinder(words, sources);
            List<SpeechCue> found = finder.find(document.quotes());
            if (set.mode() == CueSettings.Mode.MODEL) {
                learned(document, words, CueCandidates.of(words, cueWords.get(document.languageCode()), found,
                        finder.rejected()), null, List.of(), all, cues, trace);
                continue;
            }
            if (set.mode() == CueSettings.Mode.RULES_PLUS_MODEL && (found.isEmpty() || set.besideRules())) {
                List<CueCandidates.Candidate> candidates = CueCandidates.of(words, cueWords.get(
                        document.languageCode()), found, finder.rejected(),
                        classes -> classes.stream().anyMatch(e -> set.adds(e.group())));
                // "Asked how long the work would take, she was blunt": the participle reports no content of its own
                candidates.removeIf(c -> c.ruleCue() != null || c.k() == 0 && words.opensWithParticiple());
                found = learned(document, words, candidates, set, found, all, cues, trace);
            }
            ruleCues(document, found, keepQuoted.contains(document.languageCode()), all, cues, trace);
            finder.rejected().forEach(r -> trace.add(Decision.of(NAME, r.rule(), Verdict.DROPPED, document.text(),
                    r.span(), r.why())));
        }
        all.sort(Comparator.comparingInt(Quote::start));
        List<Quote> numbered = new ArrayList<>(all.size());
        for (Quote q : all) {
            numbered.add(new Quote("q" + (numbered.size() + 1), q.text(), q.start(), q.end(), q.kind(), null, null,
                    q.cue(), q.method(), q.confidence()));
        }
        return document.withQuotes(numbered).withReading(reading.withCues(cues)).withDecisions(trace);
    }

    /**
     * The cue rules' findings of one sentence: each content becomes an indirect quote unless it is mostly quoted and
     * the language does not {@code keepQuoted} ("ha detto che «…»" is both a partial quote and reported speech). The
     * quote's method is the cue rule's name until attribution names the rule that found its speaker, so a quote left
     * without a speaker still says which rule made it.
     */
    private static void ruleCues(Document document, List<SpeechCue> found, boolean keepQuoted, List<Quote> all,
                                 List<SpeechCue> cues, List<Decision> trace) {
        for (SpeechCue c : found) {
            cues.add(c);
            String cue = document.textOf(c.cue());
            if (keepQuoted || quotedShare(document.quotes(), c.content()) < MOSTLY_QUOTED) {
                String text = document.textOf(c.content());
                all.add(new Quote("", text, c.content().start(), c.content().end(), "indirect", null, null,
                        TextSpan.of(document.text(), c.cue()), c.rule(), 0.0));
                trace.add(Decision.of(NAME, c.rule(), Verdict.MADE, document.text(), c.content(), cue));
            } else {
                trace.add(Decision.of(NAME, MOSTLY_QUOTED_RULE, Verdict.DROPPED, document.text(), c.content(),
                        c.rule() + " '" + cue + "': mostly quoted"));
            }
        }
    }

    /**
     * The model's cues of one sentence: each kept cue's content becomes an indirect quote ({@code model:cue}). When the
     * model only adds to the rules ({@code adds}, the settings of {@code rules+model}; null when the model decides
     * alone), its content is read as a {@link #clause} and dropped without one ("criticized the decision"); a cue of
     * a group of {@code model-adds-finite} needs a {@link SentenceWords#finiteClause} ("a poll shows Clinton leads")
     * or a {@link SentenceWords#smallClause} ("a poll shows Clinton leading");
     * without a clause, a cue of a group of {@link CueSettings.Phrases} may report a noun {@link #phrase}. A cue whose
     * content meets one of the {@code rules}' (the cue rules' findings in the sentence) stands only as
     * {@link #besideRules} allows. Returns the rules' findings, each content cut where a kept cue opens inside it.
     */
    private List<SpeechCue> learned(Document document, SentenceWords words, List<CueCandidates.Candidate> candidates,
                                    CueSettings adds, List<SpeechCue> rules, List<Quote> all, List<SpeechCue> cues,
                                    List<Decision> trace) {
        List<SpeechCue> kept = new ArrayList<>(rules);
        List<LearnedCues.Dropped> dropped = new ArrayList<>();
        for (LearnedCues.Kept k : LearnedCues.decide(words, candidates, model, dropped)) {
            SpeechCue c = k.cue();
            String cue = document.textOf(c.cue());
            double p = Math.round(k.p() * 100) / 100.0;
            Span content = adds == null ? c.content() : clause(words, c.content());
            Set<String> groups = adds == null ? Set.of() : groups(words, c.cue(), document.languageCode());
            if (content != null && !groups.isEmpty() && groups.stream().noneMatch(adds::addsAnyContent)) {
                content = groups.stream().anyMatch(adds.finiteAdds()::contains)
                        && (words.finiteClause(content) || words.smallClause(content)) ? content : null;
            }
            if (content == null && adds != null) {
                content = phrase(words, c.content(), groups, adds.phrases());
            }
            if (c.content().length() == 0 || words.countWords(c.content()) < MODEL_MIN_WORDS
                    || content != null && words.countWords(content) < MODEL_MIN_WORDS) {   // "called for calm"
                trace.add(Decision.of(NAME, LearnedCues.METHOD, Verdict.DROPPED, document.text(), c.cue(),
                        "'" + cue + "' p=" + p + ": content under " + MODEL_MIN_WORDS + " words"));
            } else if (content == null) {
                trace.add(Decision.of(NAME, LearnedCues.METHOD, Verdict.DROPPED, document.text(), c.content(),
                        "'" + cue + "' p=" + p + ": content is no clause"));
            } else if (quotedShare(document.quotes(), content) >= MODEL_QUOTED) {
                trace.add(Decision.of(NAME, MOSTLY_QUOTED_RULE, Verdict.DROPPED, document.text(), content,
                        LearnedCues.METHOD + " '" + cue + "': mostly quoted"));
            } else if (!besideRules(words, kept, c.cue(), content)) {
                trace.add(Decision.of(NAME, LearnedCues.METHOD, Verdict.DROPPED, document.text(), content,
                        "'" + cue + "' p=" + p + ": within a rule's content"));
            } else {
                cues.add(new SpeechCue(c.cue(), content, c.rule(), c.subject()));
                all.add(new Quote("", document.textOf(content), content.start(), content.end(), "indirect",
                        null, null, TextSpan.of(document.text(), c.cue()), LearnedCues.METHOD, p));
                trace.add(Decision.of(NAME, LearnedCues.METHOD, Verdict.MADE, document.text(), content,
                        "'" + cue + "' p=" + p));
            }
        }
        dropped.forEach(d -> trace.add(Decision.of(NAME, LearnedCues.METHOD, Verdict.DROPPED, document.text(), d.word(),
                "p=" + Math.round(d.p() * 100) / 100.0)));
        return kept;
    }

    /**
     * Whether a cue the model adds in a sentence where the rules found content may stand beside it: its content
     * overlaps none of theirs, or its cue opens a clause of its own after a comma inside a rule's content ("analysts
     * said geopolitical factors have contributed …, citing the strategic importance of …"), which then ends at that
     * comma ({@code rules} is updated).
     */
    static boolean besideRules(SentenceWords s, List<SpeechCue> rules, Span cue, Span content) {
        int k = s.wordAt(cue.start());
        boolean opensAfterComma = k > 0 && s.isComma(k - 1) && content.start() >= cue.end();
        List<SpeechCue> cut = new ArrayList<>(rules);
        for (int i = 0; i < cut.size(); i++) {
            SpeechCue r = cut.get(i);
            if (r.content().overlap(content) == 0 && !r.content().contains(cue)) {
                continue;
            }
            if (!opensAfterComma || !r.content().contains(cue) || s.start(k - 1) <= r.content().start()) {
                return false;
            }
            cut.set(i, new SpeechCue(r.cue(), s.trim(r.content().start(), s.start(k - 1)), r.rule(), r.subject()));
        }
        rules.clear();
        rules.addAll(cut);
        return true;
    }

    /**
     * The clause of a content, or null when it holds none: a content holds a verb, and one that opens with a
     * prepositional phrase (no verb in it) starts past the comma that closes it, at a subject ("shows in a
     * head-to-head contest, Clinton leads …"); "speaking at a conference, struck a defiant tone" holds none. An
     * adposition right before a verb ("wants to cut", "worried about losing") opens the clause itself.
     */
    static Span clause(SentenceWords s, Span span) {
        int first = 0;
        while (first < s.size && !span.contains(s.span(first))) {
            first++;
        }
        boolean opensWithVerb = first + 1 < s.size && s.hasTag(first + 1, PosClass.VERB);
        if (first < s.size && s.is(first, PosClass.ADPOSITION) && !opensWithVerb) {
            int comma = first + 1;
            while (comma < s.size && !s.isComma(comma) && !s.hasTag(comma, PosClass.VERB)) {
                comma++;
            }
            int subject = comma + 1;
            if (subject >= s.size || !s.isComma(comma) || s.end(subject) > span.end() || s.isPunct(subject)
                    || s.hasTag(subject, PosClass.VERB) || s.is(subject, PosClass.RELATIVE)) {
                return null;
            }
            span = s.trim(s.start(subject), span.end());
        }
        for (int k = first; k < s.size; k++) {
            if (span.contains(s.span(k)) && s.hasTag(k, PosClass.VERB)) {
                return span;
            }
        }
        return null;
    }

    /** The spans of the people and organisations the document names. */
    private static List<Span> named(Document document) {
        return document.entities().stream().filter(e -> e.type().equals("PERSON") || e.type().equals("ORGANIZATION"))
                .map(EntityMention::span).toList();
    }

    /** The groups of {@code cue-words.tsv} of the first word of {@code cue}. */
    private Set<String> groups(SentenceWords s, Span cue, String language) {
        int k = s.wordAt(cue.start());
        return k < 0 ? Set.of() : cueWords.get(language).classes(s.word(k)).stream().map(CueWords.Entry::group)
                .collect(Collectors.toSet());
    }

    /**
     * The noun phrase a cue of one of {@code groups} reports ({@link CueSettings.Phrases}), or null: past a topic
     * preposition ("called for a moratorium on charter schools"), or the object right after the cue ("cited the
     * release of political prisoners"); not a phrase that opens with another preposition, a particle, an adverb or a
     * verb ("called into the show", "described as the start of"), nor a topic preposition after a particle ("pushed
     * back on the account" disputes it, where "called on Congress to act" urges). A time phrase after the cue is passed
     * over ("called on Monday for a moratorium" reports the moratorium, not "Monday for …").
     */
    static Span phrase(SentenceWords s, Span span, Set<String> groups, CueSettings.Phrases phrases) {
        int first = 0;
        while (first < s.size && !span.contains(s.span(first))) {
            first++;
        }
        first = pastTimePhrase(s, first);
        if (first + 1 >= s.size || !span.contains(s.span(first + 1))) {
            return null;
        }
        boolean afterParticle = first > 0 && s.is(first - 1, PosClass.PARTICLE);
        if (phrases.prepositions().contains(s.word(first).toLowerCase(Locale.ROOT)) && !afterParticle
                && groups.stream().anyMatch(phrases.topics()::contains)) {
            return s.trim(s.start(first + 1), span.end());
        }
        boolean opensObject = !s.isPunct(first) && !s.is(first, PosClass.ADPOSITION) && !s.is(first, PosClass.ADVERB)
                && !s.hasTag(first, PosClass.VERB) && !s.is(first, PosClass.AUX);
        return opensObject && groups.stream().anyMatch(phrases.objects()::contains) ? span : null;
    }

    /**
     * The first word at or after {@code k} past the time phrases there: a preposition followed by days, months or
     * numbers ("on Monday", "on Jan. 5", "on Wednesday night" stops at "night").
     */
    private static int pastTimePhrase(SentenceWords s, int k) {
        while (k + 1 < s.size && s.is(k, PosClass.ADPOSITION) && s.lex.isTimeWord(s.word(k + 1))) {
            k += 2;
            while (k < s.size && (s.lex.isTimeWord(s.word(k)) || s.word(k).chars().allMatch(Character::isDigit))) {
                k++;
            }
        }
        return k;
    }

    /** The share of a span covered by direct or partial quotes (with their marks). */
    private static double quotedShare(List<Quote> quotes, Span span) {
        int covered = 0;
        for (Quote q : quotes) {
            covered += new Span(Math.max(0, q.start() - 1), q.end() + 1).overlap(span);
        }
        return span.length() == 0 ? 1.0 : (double) covered / span.length();
    }
}
