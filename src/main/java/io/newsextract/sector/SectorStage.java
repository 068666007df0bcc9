package io.newsextract.sector;

import io.newsextract.api.Artifact;
import io.newsextract.api.Decision;
import io.newsextract.api.Decision.Verdict;
import io.newsextract.api.Document;
import io.newsextract.api.SectorHit;
import io.newsextract.api.Stage;
import io.newsextract.api.TextSpan;
import io.newsextract.learn.Classifier;
import io.newsextract.lexicon.LanguageResources;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Sectors the article talks about (the ids of SECTORS.md), each with every mention, from a lexicon of words and
 * multi-word terms per language ({@link SectorLexicon}). Sectors are listed in order of first mention.
 *
 * <p>A sector needs evidence that the article talks about it, not a passing word. The rule
 * ({@link SectorEvidence.Candidate#ruleSays}): in a short article (a release, a wire brief) one mention is enough; in
 * a longer one the sector needs two mentions, or one in the headline or lead. Words of a capitalised name ("Baylor
 * College of Medicine", "Trade Minister") count as no evidence, but are listed among the mentions of a sector that
 * is otherwise found. The learned decision ({@value #RULE}, {@code models/learned/sector.bin}, see
 * {@link SectorTarget}) weighs the evidence over the whole article ({@link SectorFeatures}): a sector the rule finds
 * stays unless the model's probability is under {@link #DROP_UNDER}; one it does not find is added from
 * {@link #ADD_FROM}. The trace records each sector the model added or dropped, with its probability.
 */
public final class SectorStage implements Stage {

    /** The model's name, and the trace rule of the sectors it adds or drops. */
    public static final String RULE = "model:sector";
    /** The model file's name under {@code models/learned/}. */
    public static final String MODEL = "sector";
    /** The outcome of a sector the article talks about (the other is {@value #NONE}). */
    static final String SECTOR = "sector";
    static final String NONE = "none";
    /** Thresholds on the model's probability, chosen by cross-validation by document ({@link SectorTarget}). */
    static final double DROP_UNDER = 0.05;
    static final double ADD_FROM = 0.5;

    private final SectorEvidence evidence;
    private final Classifier model;

    /** For the languages of {@code resources}, with the model trained by {@link SectorTarget}. */
    public SectorStage(Map<String, LanguageResources> resources, Classifier model) {
        this.evidence = new SectorEvidence(resources);
        this.model = model;
    }

    /** The names of the rules this stage writes to the trace. */
    public static List<String> ruleNames() {
        return List.of(RULE);
    }

    @Override
    public String name() {
        return "sectors";
    }

    @Override
    public Set<Artifact> requires() {
        return Set.of(Artifact.SENTENCES, Artifact.POS_TAGS, Artifact.LEMMAS);
    }

    @Override
    public Set<Artifact> uses() {
        return Set.of(Artifact.ATTRIBUTED_QUOTES);
    }

    @Override
    public Set<Artifact> produces() {
        return Set.of(Artifact.SECTORS);
    }

    @Override
    public boolean supports(String language) {
        return evidence.supports(language);
    }

    @Override
    public Document annotate(Document document) {
        SectorEvidence.Article article = evidence.read(document);
        List<SectorHit> hits = new ArrayList<>();
        List<Decision> trace = new ArrayList<>();
        for (SectorEvidence.Candidate c : article.candidates()) {
            boolean rule = c.ruleSays(article);
            double p = model.probability(SectorFeatures.of(article, c), SECTOR);
            boolean keep = rule ? p >= DROP_UNDER : p >= ADD_FROM;
            if (keep != rule) {
                TextSpan first = c.mentions().get(0);
                trace.add(new Decision(name(), RULE, keep ? Verdict.MADE : Verdict.DROPPED, first.text(),
                        first.start(), first.end(), String.format(Locale.ROOT, "%s p(sector) %.2f", c.id(), p)));
            }
            if (keep) {
                hits.add(new SectorHit(c.id(), c.label(), c.mentions()));
            }
        }
        return document.withSectors(hits).withDecisions(trace);
    }
}
