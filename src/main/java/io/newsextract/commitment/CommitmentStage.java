package io.newsextract.commitment;

import io.newsextract.api.Artifact;
import io.newsextract.api.Decision;
import io.newsextract.api.Document;
import io.newsextract.api.Pledge;
import io.newsextract.api.Sentence;
import io.newsextract.api.Span;
import io.newsextract.api.Stage;
import io.newsextract.learn.Classifier;
import io.newsextract.lexicon.LanguageData;
import io.newsextract.lexicon.LanguageResources;
import io.newsextract.lexicon.SurfaceToken;
import io.newsextract.reading.SubjectFinder;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Pledges: one per commitment, found by the ordered rules of {@code models/<lang>/commitments.tsv}. In each part of a
 * sentence (up to a semicolon) the first rule that fires gives the pledge; its evidence is the clause of the trigger,
 * and its sectors and timeframe come from the whole sentence part. Uses quotes and speakers when an earlier stage
 * produced them ("I"/"we" in a quote → the speaker), and works without them. Every pledge's {@code method} is the
 * name of its rule; the debug trace records each pledge made and each candidate a named veto or filter dropped.
 * When the language's {@code model} line names a learned pledge decision ({@link PledgeDecision}), the model reads
 * every sentence ({@link PledgeFeatures}, the rules' evidence among them) and decides: a sentence below its threshold
 * loses the hits of its untrusted rules (traced {@value PledgeDecision#RULE}), one above it keeps them with the
 * model's probability as confidence, or gets a pledge of method {@value PledgeDecision#METHOD} when no rule explains
 * it.
 */
public final class CommitmentStage implements Stage {

    /** The stage's name, which its trace decisions carry. */
    static final String NAME = "commitments";
    /** The filter that drops a past-tense pledge dated before the year of publication. */
    static final String HISTORICAL = "historical";
    /** The filter that drops a headline restating the pledge of the lead. */
    static final String RESTATEMENT = "restatement";

    private final Map<String, LanguageRules> languages = new HashMap<>();
    private final Map<String, PledgeDecision> decisions = new HashMap<>();

    /** The rules alone, without the learned decision: what the pledge model is trained on. */
    public CommitmentStage(Map<String, LanguageResources> resources) {
        this(resources, name -> null);
    }

    /**
     * Loads the rules of each language of {@code resources} that has a {@code models/<lang>/commitments.tsv}, and the
     * learned pledge decision its {@code model} line names, from {@code models} (e.g. {@link Classifier#load(String)};
     * a null model leaves the rules alone to decide).
     */
    public CommitmentStage(Map<String, LanguageResources> resources, Function<String, Classifier> models) {
        resources.forEach((lang, r) -> {
            if (LanguageData.exists(lang, "commitments.tsv")) {
                LanguageRules rules = LanguageRules.load(lang, r);
                languages.put(lang, rules);
                CommitmentLexicon.ModelChoice m = rules.lexicon().model();
                Classifier c = m == null ? null : models.apply(m.name());
                if (c != null) {
                    decisions.put(lang, new PledgeDecision(c, new PledgeFeatures(rules, m.lexical()), m.threshold(),
                            m.trusted()));
                }
            }
        });
    }

    /**
     * The names of a supported language's commitment rules (from its {@code commitments.tsv}), which pledges carry as
     * {@code method}, then of the vetoes and filters that drop a candidate.
     */
    public List<String> ruleNames(String language) {
        List<String> out = new ArrayList<>();
        languages.get(language).lexicon().rules().forEach(r -> out.add(r.name()));
        Vetoes.ALL.forEach(v -> out.add(v.name()));
        out.add(HISTORICAL);
        out.add(RESTATEMENT);
        out.add(PledgeDecision.RULE);
        return out;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<Artifact> requires() {
        return Set.of(Artifact.SENTENCES, Artifact.POS_TAGS, Artifact.LEMMAS, Artifact.ENTITIES, Artifact.SECTORS,
                Artifact.METADATA, Artifact.READING);
    }

    /** A pledge inside a quote is the speaker's: quotes and speakers are read when an earlier stage found them. */
    @Override
    public Set<Artifact> uses() {
        return Set.of(Artifact.ATTRIBUTED_QUOTES, Artifact.SPEAKERS);
    }

    @Override
    public Set<Artifact> produces() {
        return Set.of(Artifact.PLEDGES);
    }

    @Override
    public boolean supports(String language) {
        return languages.containsKey(language);
    }

    @Override
    public Document annotate(Document doc) {
        LanguageRules lang = languages.get(doc.languageCode());
        List<Decision> trace = new ArrayList<>();
        SubjectFinder subjects = new SubjectFinder(doc.reading(), lang.speech());
        Candidates candidates = new Candidates(lang, subjects, trace);
        PledgeDecision decision = decisions.get(doc.languageCode());
        List<Candidates.Found> found = new ArrayList<>();
        List<List<SurfaceToken>> tokens = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            tokens.add(SurfaceToken.of(s, doc.text()));
            found.add(candidates.find(s, tokens.get(s.index())));
        }
        List<Hit> hits = new ArrayList<>();
        if (decision == null) {
            found.forEach(f -> hits.addAll(f.hits()));
        } else {
            List<List<String>> features = PledgeFeatures.inContext(doc, features(doc, decision.features(), subjects,
                    tokens, found));
            for (Sentence s : doc.sentences()) {
                decide(doc, lang, decision, s.index(), tokens.get(s.index()), found.get(s.index()),
                        decision.probability(features.get(s.index())), hits, trace);
            }
        }
        List<Hit> kept = Restatements.drop(hits, lang.lexicon(), h -> trace.add(decision(doc, h, RESTATEMENT,
                Decision.Verdict.DROPPED, h.rule().name() + ": restated by the next sentences")));
        PledgeBuilder builder = new PledgeBuilder(doc, lang, subjects);
        List<Pledge> pledges = new ArrayList<>();
        List<Pledge.Actor> previous = List.of();
        for (Hit h : kept) {
            Pledge p = builder.build(h, previous, pledges.size() + 1);
            if (historical(doc, h, p, lang.lexicon())) {
                trace.add(decision(doc, h, HISTORICAL, Decision.Verdict.DROPPED,
                        h.rule().name() + ": past tense dated " + p.timeframe().text()));
                continue;
            }
            String rule = p.method().equals(PledgeDecision.METHOD) ? PledgeDecision.RULE : p.method();
            trace.add(Decision.of(NAME, rule, Decision.Verdict.MADE, doc.text(), new Span(p.start(), p.end()),
                    p.id() + " " + p.strength()));
            pledges.add(p);
            previous = p.actors().isEmpty() ? previous : p.actors();
        }
        return doc.withPledges(pledges).withDecisions(trace);
    }

    /**
     * The model's verdict on one sentence: below the threshold its rules' hits are dropped (and traced); above it they
     * are kept with the model's probability, or the sentence gets a hit of its own when no rule explains it.
     */
    private static void decide(Document doc, LanguageRules lang, PledgeDecision decision, int sentence,
                               List<SurfaceToken> tokens, Candidates.Found found, double p, List<Hit> hits,
                               List<Decision> trace) {
        if (p < decision.threshold()) {
            for (Hit h : found.hits()) {
                if (decision.trusted().contains(h.rule().strength())) {
                    hits.add(h);
                } else {
                    trace.add(decision(doc, h, PledgeDecision.RULE, Decision.Verdict.DROPPED, h.rule().name()
                            + String.format(": the model's probability %.2f is below %.2f", p, decision.threshold())));
                }
            }
        } else if (found.hits().isEmpty()) {
            Hit h = PledgeDecision.unexplained(lang, sentence, tokens, found, p);
            if (h != null) {
                hits.add(h);
            }
        } else {
            found.hits().forEach(h -> hits.add(PledgeDecision.confident(h, p)));
        }
    }

    private static List<List<String>> features(Document doc, PledgeFeatures features, SubjectFinder subjects,
                                               List<List<SurfaceToken>> tokens, List<Candidates.Found> found) {
        List<List<String>> out = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            out.add(features.of(doc, s, tokens.get(s.index()), found.get(s.index()),
                    ActorSubject.of(subjects, s.index())));
        }
        return out;
    }

    /**
     * The pledge model's features of each sentence of a document read up to the sectors, by the rules alone: what
     * {@link PledgeTarget} trains on. Null for a language without commitment rules.
     */
    List<List<String>> sentenceFeatures(Document doc, boolean lexical) {
        LanguageRules lang = languages.get(doc.languageCode());
        if (lang == null) {
            return null;
        }
        SubjectFinder subjects = new SubjectFinder(doc.reading(), lang.speech());
        Candidates candidates = new Candidates(lang, subjects, new ArrayList<>());
        List<List<SurfaceToken>> tokens = new ArrayList<>();
        List<Candidates.Found> found = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            tokens.add(SurfaceToken.of(s, doc.text()));
            found.add(candidates.find(s, tokens.get(s.index())));
        }
        return PledgeFeatures.inContext(doc, features(doc, new PledgeFeatures(lang, lexical), subjects, tokens, found));
    }

    /** A decision on a hit's match, from its first to its last token. */
    private static Decision decision(Document doc, Hit h, String rule, Decision.Verdict verdict, String note) {
        Span span = new Span(h.tokens().get(h.match().start()).start(), h.tokens().get(h.match().end() - 1).end());
        return Decision.of(NAME, rule, verdict, doc.text(), span, note);
    }

    /**
     * Whether a past-tense trigger is dated before the year of publication ("committed $5 million to the project in
     * 2021", "was signed in Canberra in 2019"): a record of what was done then, not a commitment now. A denied one
     * ("has not committed to a date", "non si è impegnato su una data") tells how things stand when the article is
     * written, whatever year its sentence part names ("la linea, chiusa dal 2024").
     */
    private static boolean historical(Document doc, Hit h, Pledge p, CommitmentLexicon lexicon) {
        return !p.negated() && p.timeframe() != null && p.timeframe().toYear() != null
                && doc.metadata().published() != null
                && p.timeframe().toYear() < doc.metadata().published().getYear()
                && lexicon.past(h.tokens(), h.match().trigger());
    }
}
