package io.newsextract.commitment;

import io.newsextract.api.PosClass;
import io.newsextract.learn.Classifier;
import io.newsextract.lexicon.SurfaceToken;
import io.newsextract.lexicon.TokenPattern;

import java.util.List;
import java.util.Set;

/**
 * The learned pledge decision of one language: the model says whether a sentence holds a pledge, the rules say what
 * it is. A rule's hit in a sentence the model keeps carries the model's probability as its confidence; a sentence the
 * model calls a pledge and no rule explains gets a hit of its own ({@value #METHOD}) on its main verb.
 *
 * @param model     trained on Speech-Acts by {@link PledgeTarget}
 * @param features  what the model reads, as it read it in training
 * @param threshold the probability from which a sentence holds a pledge
 * @param trusted   the strengths whose rules' hits stand whatever the model says
 */
record PledgeDecision(Classifier model, PledgeFeatures features, double threshold, Set<Strength> trusted) {

    /** The outcome the model gives a pledge sentence (the other is {@value #NONE}). */
    static final String PLEDGE = "pledge";
    static final String NONE = "none";
    /** The {@code method} of a pledge the model found and no rule explained. */
    static final String METHOD = "model:pledge";
    /** The trace's name for what the model decided: a pledge made by it, or a rule's hit it dropped. */
    static final String RULE = "pledge-model";

    double probability(List<String> sentenceFeatures) {
        return model.probability(sentenceFeatures, PLEDGE);
    }

    /** The hit with the model's probability as its confidence (the rule still names it and gives its strength). */
    static Hit confident(Hit h, double p) {
        Rule r = h.rule();
        return new Hit(h.sentence(), h.tokens(), new Rule(r.name(), r.strength(), r.needsActor(), r.needsReport(),
                r.unscheduled(), p, r.pattern()), h.match(), h.clauseStart(), h.clauseEnd(), h.partEnd());
    }

    /**
     * A hit for a sentence the model calls a pledge and no rule explains: its trigger is the first verb that is not an
     * auxiliary nor a speech verb (else the first verb), its strength that of a rule a veto dropped, else intention.
     * Null when the sentence has no verb.
     */
    static Hit unexplained(LanguageRules lang, int sentence, List<SurfaceToken> tokens, Candidates.Found found,
                           double p) {
        int trigger = mainVerb(lang.lexicon(), tokens);
        if (trigger < 0) {
            return null;
        }
        Strength strength = found.considered().stream().map(c -> c.rule().strength()).findFirst()
                .orElse(Strength.INTENTION);
        Rule rule = new Rule(METHOD, strength, false, false, false, p, null);
        int start = lang.clauses().start(tokens, trigger);
        int partEnd = Clauses.partEnd(tokens, trigger);
        int end = lang.clauses().end(tokens, trigger, trigger + 1, partEnd);
        return new Hit(sentence, tokens, rule, new TokenPattern.Match(trigger, trigger + 1, trigger), start,
                Math.max(end, trigger + 1), partEnd);
    }

    private static int mainVerb(CommitmentLexicon lex, List<SurfaceToken> tokens) {
        int first = -1;
        for (int k = 0; k < tokens.size(); k++) {
            SurfaceToken t = tokens.get(k);
            if (!lex.tagged(PosClass.VERB, t)) {
                continue;
            }
            if (first < 0) {
                first = k;
            }
            if (!lex.is(PosClass.AUX, t) && !lex.in("speech", t)) {
                return k;
            }
        }
        return first;
    }
}
