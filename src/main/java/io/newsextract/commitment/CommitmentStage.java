package io.newsextract.commitment;

import io.newsextract.api.Artifact;
import io.newsextract.api.Document;
import io.newsextract.api.Pledge;
import io.newsextract.api.Quote;
import io.newsextract.api.SectorHit;
import io.newsextract.api.Sentence;
import io.newsextract.api.Span;
import io.newsextract.api.Stage;
import io.newsextract.api.TextSpan;
import io.newsextract.lexicon.Countries;
import io.newsextract.lexicon.LanguageData;
import io.newsextract.lexicon.LanguageResources;
import io.newsextract.lexicon.SurfaceToken;
import io.newsextract.lexicon.TokenPattern;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Pledges: one per commitment, found by the ordered rules of {@code models/<lang>/commitments.tsv}. In each part of a
 * sentence (up to a semicolon) the first rule that fires gives the pledge; its evidence is the clause of the trigger,
 * and its sectors and timeframe come from the whole sentence part. Uses quotes and speakers when an earlier stage
 * produced them ("I"/"we" in a quote → the speaker), and works without them.
 */
public final class CommitmentStage implements Stage {

    /** How many tokens before a trigger a negation ("did not commit", "non si è impegnato") may stand. */
    private static final int NEGATION_REACH = 3;
    private static final double NEGATED_CONFIDENCE_FACTOR = 0.8;
    /** Tokens of an opening condition, its word included, short enough to be a pledge's frame ("If re-elected"). */
    private static final int SHORT_CONDITION = 3;
    /** Characters between a quote's end and a speech-verb trigger that still make it the verb's quote ("», ha "). */
    private static final int CITED_QUOTE_GAP = 16;
    private static final Set<String> EDGE_PUNCTUATION = Set.of(",", ";", ":", ".", "!", "?", "“", "”", "«", "»", "\"",
            "'", "‘", "’", "—", "–", "-", "--", "(", ")", "[", "]", "`", "``", "''", "...", "…");

    private record Language(CommitmentLexicon lexicon, Clauses clauses, Timeframes timeframes, Countries countries) {
    }

    /** A rule that fired in a sentence: token indices of the clause, the match and the sentence part. */
    record Hit(int sentence, List<SurfaceToken> tokens, Rule rule, TokenPattern.Match match, int clauseStart,
               int clauseEnd, int partEnd) {
    }

    private final Map<String, Language> languages = new HashMap<>();

    /** Loads the rules of each language of {@code resources} that has a {@code models/<lang>/commitments.tsv}. */
    public CommitmentStage(Map<String, LanguageResources> resources) {
        resources.forEach((lang, r) -> {
            if (LanguageData.exists(lang, "commitments.tsv")) {
                CommitmentLexicon lexicon = CommitmentLexicon.load(lang, r.patternLists());
                languages.put(lang, new Language(lexicon, new Clauses(lexicon), Timeframes.load(lang),
                        r.countries()));
            }
        });
    }

    @Override
    public String name() {
        return "commitments";
    }

    @Override
    public Set<Artifact> requires() {
        return Set.of(Artifact.SENTENCES, Artifact.POS_TAGS, Artifact.LEMMAS, Artifact.ENTITIES, Artifact.SECTORS,
                Artifact.METADATA);
    }

    /** A pledge inside a quote is the speaker's: quotes and speakers are read when an earlier stage found them. */
    @Override
    public Set<Artifact> uses() {
        return Set.of(Artifact.QUOTES, Artifact.SPEAKERS);
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
        Language lang = languages.get(doc.languageCode());
        List<Hit> hits = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            hits.addAll(hits(s, SurfaceToken.of(s, doc.text()), lang));
        }
        hits = Restatements.drop(hits);
        ActorResolver actors = new ActorResolver(doc, lang.lexicon(), lang.countries());
        List<Pledge> pledges = new ArrayList<>();
        List<Pledge.Actor> previous = List.of();
        for (Hit h : hits) {
            Pledge p = pledge(doc, h, lang, actors, previous, pledges.size() + 1);
            if (historical(doc, h, p)) {
                continue;
            }
            pledges.add(p);
            previous = p.actors().isEmpty() ? previous : p.actors();
        }
        return doc.withPledges(pledges);
    }

    /** The leading hit of each sentence part: rules in file order, each claiming the tokens it matched. */
    private List<Hit> hits(Sentence sentence, List<SurfaceToken> tokens, Language lang) {
        if (tokens.isEmpty() || tokens.get(tokens.size() - 1).surface().equals("?")) {
            return List.of();
        }
        boolean[] claimed = new boolean[tokens.size()];
        Map<Integer, Hit> byPart = new java.util.TreeMap<>();
        for (Rule rule : lang.lexicon().rules()) {
            for (TokenPattern.Match m : rule.pattern().findAll(tokens)) {
                if (anyClaimed(claimed, m) || !accepts(rule, m, tokens, lang)) {
                    continue;
                }
                for (int k = m.start(); k < m.end(); k++) {
                    claimed[k] = true;
                }
                int part = Clauses.part(tokens, m.trigger());
                if (!byPart.containsKey(part)) {
                    int start = lang.clauses().start(tokens, m.start());
                    int partEnd = Clauses.partEnd(tokens, m.trigger());
                    int end = lang.clauses().end(tokens, m.trigger(), m.end(), partEnd);
                    byPart.put(part, new Hit(sentence.index(), tokens, rule, m, start, Math.max(end, m.end()), partEnd));
                }
            }
        }
        return new ArrayList<>(byPart.values());
    }

    private static boolean anyClaimed(boolean[] claimed, TokenPattern.Match m) {
        for (int k = m.start(); k < m.end(); k++) {
            if (claimed[k]) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a match is a pledge: not inside a forecast ("expects that Lee would accept", "is expected to sign"),
     * and, for rules that need one, with an actor as subject ("we will", not "prices will").
     */
    private static boolean accepts(Rule rule, TokenPattern.Match m, List<SurfaceToken> tokens, Language lang) {
        CommitmentLexicon lex = lang.lexicon();
        int start = lang.clauses().start(tokens, m.start());
        for (int k = Math.max(0, m.start() - NEGATION_REACH); k < m.start(); k++) {
            if (lex.in("forecast-frame", tokens.get(k))) {
                return false;
            }
        }
        if (start > 0 && lex.in("clause-start", tokens.get(start - 1))) {
            for (int k = Math.max(0, start - 4); k < start - 1; k++) {
                if (lex.in("forecast-frame", tokens.get(k))) {
                    return false;
                }
            }
        }
        if (notAsserted(lex, tokens, start, m.start()) || undone(lex, tokens, m)
                || rule.needsReport() && !reportsSpeech(lex, tokens, m)
                || rule.unscheduled() && scheduled(lex, tokens, start, m)
                || formerActor(lex, tokens, start, m.trigger()) || pastOfThePast(lex, tokens, start, m.trigger())
                || conditionalPart(lex, tokens, start)) {
            return false;
        }
        return !rule.needsActor() || ActorResolver.isActorSubject(lex, lang.countries(), tokens, start, m.start());
    }

    /** Whether the clause is a condition or an open question ("if ... would", "failed to say how he would pay"). */
    private static boolean notAsserted(CommitmentLexicon lex, List<SurfaceToken> tokens, int start, int trigger) {
        for (int k = Math.max(0, start - 1); k < trigger; k++) {
            if (lex.in("not-asserted", tokens.get(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the clause, up to the first comma after the match, names a day, an hour or an event and no amount: a
     * schedule ("will address the Press Club on Tuesday", "discuterà il piano martedì"), not a commitment.
     */
    private static boolean scheduled(CommitmentLexicon lex, List<SurfaceToken> tokens, int start, TokenPattern.Match m) {
        int end = m.end();
        int partEnd = Clauses.partEnd(tokens, m.trigger());
        while (end < partEnd && !tokens.get(end).surface().equals(",")) {
            end++;
        }
        boolean dated = false;
        for (int k = start; k < end; k++) {
            if (lex.in("amount", tokens.get(k))) {
                return false;
            }
            if (k > 0 && lex.in("deadline", tokens.get(k - 1))) {
                continue;
            }
            for (TokenPattern p : lex.schedules()) {
                int stop = end;
                dated |= p.matchAt(tokens, k).filter(d -> d.end() <= stop).isPresent();
            }
        }
        return dated;
    }

    /**
     * Whether the subject is dated to the past by a word before a noun ("the previous government pledged", "l'allora
     * giunta aveva promesso"): a record of an old promise, not a commitment now.
     */
    private static boolean formerActor(CommitmentLexicon lex, List<SurfaceToken> tokens, int start, int trigger) {
        for (int k = start; k < trigger - 1; k++) {
            if (lex.in("former", tokens.get(k)) && (Tags.nominal(tokens.get(k + 1))
                    || k + 2 < trigger && Tags.nominal(tokens.get(k + 2)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the trigger is a pluperfect ("had promised", "aveva promesso") outside reported speech: a past before the
     * article's past. In reported speech ("said the sides had agreed to") it is only the backshift of a present one.
     */
    private static boolean pastOfThePast(CommitmentLexicon lex, List<SurfaceToken> tokens, int start, int trigger) {
        for (int k = trigger - 1; k >= start && k >= trigger - NEGATION_REACH; k--) {
            if (lex.in("pluperfect", tokens.get(k))) {
                return !speechBefore(lex, tokens, k);
            }
        }
        return false;
    }

    private static boolean speechBefore(CommitmentLexicon lex, List<SurfaceToken> tokens, int to) {
        for (int k = 0; k < to; k++) {
            if (lex.in("speech", tokens.get(k)) && Tags.verb(tokens.get(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the clause is the consequence of a condition that opens its sentence part ("If the market does not come,
     * we will not pour money", "Se la Commissione boccia il piano, il governo dovrà"). A short condition is a campaign
     * pledge's frame and still counts ("If elected, we will", "Se eletti, faremo").
     */
    private static boolean conditionalPart(CommitmentLexicon lex, List<SurfaceToken> tokens, int start) {
        int first = 0;
        for (int k = start - 1; k > 0; k--) {
            if (tokens.get(k).surface().equals(";")) {
                first = k + 1;
                break;
            }
        }
        while (first < start && tokens.get(first).isPunctuation()) {
            first++;
        }
        if (first >= start || !lex.in("not-asserted", tokens.get(first))) {
            return false;
        }
        int comma = first;
        while (comma < start && !tokens.get(comma).surface().equals(",")) {
            comma++;
        }
        return comma < start && comma - first > SHORT_CONDITION;
    }

    /** Whether the sentence part goes on to say the commitment was broken or dropped ("but never delivered it"). */
    private static boolean undone(CommitmentLexicon lex, List<SurfaceToken> tokens, TokenPattern.Match m) {
        int partEnd = Clauses.partEnd(tokens, m.trigger());
        for (int k = m.end(); k < partEnd; k++) {
            for (TokenPattern p : lex.undone()) {
                if (p.matchAt(tokens, k).isPresent()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a speech verb other than the match itself stands in the sentence ("..., Pierre Poilievre said"). */
    private static boolean reportsSpeech(CommitmentLexicon lex, List<SurfaceToken> tokens, TokenPattern.Match m) {
        for (int k = 0; k < tokens.size(); k++) {
            if ((k < m.start() || k >= m.end()) && lex.in("speech", tokens.get(k)) && Tags.verb(tokens.get(k))) {
                return true;
            }
        }
        return false;
    }

    private Pledge pledge(Document doc, Hit h, Language lang, ActorResolver actors, List<Pledge.Actor> previous, int n) {
        List<SurfaceToken> t = h.tokens();
        int[] span = trimmed(t, h.clauseStart(), h.clauseEnd());
        int start = t.get(span[0]).start();
        int end = t.get(span[1] - 1).end();
        SurfaceToken trig = t.get(h.match().trigger());
        Quote quote = quoteAt(doc, trig.span());
        Quote cited = quote == null && lang.lexicon().in("speech", trig) ? quoteJustBefore(doc, t.get(h.clauseStart()), trig)
                : null;
        List<Pledge.Actor> who = cited == null ? List.of() : actors.speakerOf(cited);
        if (who.isEmpty()) {
            who = actors.resolve(t, h.clauseStart(), h.match().start(), quote, previous);
        }
        Span part = new Span(t.get(h.clauseStart()).start(), t.get(h.partEnd() - 1).end());
        boolean negated = negated(t, h, lang.lexicon());
        Integer year = doc.metadata().published() == null ? null : doc.metadata().published().getYear();
        return new Pledge("p" + n, doc.text().substring(start, end), start, end,
                who,
                TextSpan.of(doc.text(), trig.span()), action(doc, h), h.rule().strength().id(),
                sectorsIn(doc, part), lang.timeframes().find(doc.text(), part.start(), part.end(), year).orElse(null),
                negated, quote != null ? quote.id() : cited == null ? null : cited.id(), h.rule().name(),
                h.rule().confidence() * (negated ? NEGATED_CONFIDENCE_FACTOR : 1.0));
    }

    /**
     * Whether a past-tense trigger is dated before the year of publication ("committed $5 million to the project in
     * 2021", "was signed in Canberra in 2019"): a record of what was done then, not a commitment now.
     */
    private static boolean historical(Document doc, Hit h, Pledge p) {
        return p.timeframe() != null && p.timeframe().end() != null && doc.metadata().published() != null
                && p.timeframe().end() < doc.metadata().published().getYear()
                && Tags.past(h.tokens().get(h.match().trigger()));
    }

    /** Token range [from, to) without stops and quote marks at either edge ("$" and "%" stay). */
    private static int[] trimmed(List<SurfaceToken> t, int from, int to) {
        int a = from;
        int b = to;
        while (a < b - 1 && EDGE_PUNCTUATION.contains(t.get(a).surface())) {
            a++;
        }
        while (b > a + 1 && EDGE_PUNCTUATION.contains(t.get(b - 1).surface())) {
            b--;
        }
        return new int[]{a, b};
    }

    /** The committed content: the clause after the trigger, or after the pattern when it ends on "to", "di", "that". */
    private static String action(Document doc, Hit h) {
        List<SurfaceToken> t = h.tokens();
        int from = h.match().trigger() + 1;
        if (h.match().end() < h.clauseEnd() && Tags.preposition(t.get(h.match().end() - 1))) {
            from = h.match().end();
        }
        if (from >= h.clauseEnd()) {
            return null;
        }
        int[] span = trimmed(t, from, h.clauseEnd());
        if (span[1] - span[0] == 1 && EDGE_PUNCTUATION.contains(t.get(span[0]).surface())) {
            return null;
        }
        return doc.text().substring(t.get(span[0]).start(), t.get(span[1] - 1).end());
    }

    private static boolean negated(List<SurfaceToken> t, Hit h, CommitmentLexicon lex) {
        int trigger = h.match().trigger();
        for (int k = Math.max(h.clauseStart(), trigger - NEGATION_REACH); k < trigger; k++) {
            if (lex.in("negation", t.get(k))) {
                return true;
            }
        }
        return false;
    }

    private static List<String> sectorsIn(Document doc, Span part) {
        Set<String> ids = new LinkedHashSet<>();
        for (SectorHit s : doc.sectors()) {
            for (TextSpan m : s.mentions()) {
                if (part.contains(m.span())) {
                    ids.add(s.id());
                }
            }
        }
        return List.copyOf(ids);
    }

    /**
     * The quote that ends right before a speech-verb trigger inside its clause ("«Nel 2027 apriremo…», ha promesso il
     * presidente", "“We will…,” she pledged"): its words are what was pledged, and its speaker pledged them.
     */
    private static Quote quoteJustBefore(Document doc, SurfaceToken clauseStart, SurfaceToken trigger) {
        for (Quote q : doc.quotes()) {
            if (q.start() >= clauseStart.start() && q.end() <= trigger.start()
                    && trigger.start() - q.end() <= CITED_QUOTE_GAP) {
                return q;
            }
        }
        return null;
    }

    private static Quote quoteAt(Document doc, Span trigger) {
        for (Quote q : doc.quotes()) {
            if (q.span().contains(trigger)) {
                return q;
            }
        }
        return null;
    }
}
