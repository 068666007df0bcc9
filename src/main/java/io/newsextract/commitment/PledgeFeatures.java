package io.newsextract.commitment;

import io.newsextract.api.Document;
import io.newsextract.api.PosClass;
import io.newsextract.api.Quote;
import io.newsextract.api.SectorHit;
import io.newsextract.api.Sentence;
import io.newsextract.api.Span;
import io.newsextract.api.TextSpan;
import io.newsextract.lexicon.SurfaceToken;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the pledge model reads of one sentence: the commitment rules as evidence, not verdicts (which rules matched,
 * with what strength, which vetoes fired, whether the subject is an actor, the tense, negation, quote context), the
 * language's word lists and word classes, money, dates and sectors, length and position — names that mean the same
 * in every language. When {@code lexical}, also the lemmas, lemma bigrams and words as written (for a model of one
 * language). The same code computes them when training ({@link PledgeTarget}) and at run time
 * ({@link CommitmentStage}).
 */
final class PledgeFeatures {

    /** The lists of {@code commitments.tsv} every language has, whose membership is a feature of the same meaning. */
    private static final List<String> SHARED_LISTS = CommitmentLexicon.REQUIRED_LISTS.stream().sorted().toList();
    private static final List<PosClass> CLASSES = List.of(PosClass.VERB, PosClass.AUX, PosClass.PROPER,
            PosClass.PRONOUN, PosClass.NOUN, PosClass.ADJECTIVE, PosClass.ADVERB, PosClass.ADPOSITION,
            PosClass.DETERMINER, PosClass.FINITE_VERB);
    private static final int NEGATION_REACH = 3;
    /** A list item's marker, at the start of its sentence or between it and the sentence before. */
    private static final Pattern LIST_MARK = Pattern.compile("(?i)<li[\\s>]|(^|\\n)\\s*[•·▪*–-]\\s");
    /** How far back a list's header may stand from one of its items. */
    private static final int MAX_ITEMS = 40;

    private final LanguageRules lang;
    private final boolean lexical;

    PledgeFeatures(LanguageRules lang, boolean lexical) {
        this.lang = lang;
        this.lexical = lexical;
    }

    /** The features of sentence {@code s} of {@code doc}, whose rules found {@code found}. */
    List<String> of(Document doc, Sentence s, List<SurfaceToken> tokens, Candidates.Found found, ActorSubject subject) {
        Set<String> f = new LinkedHashSet<>();
        f.add("bias");
        CommitmentLexicon lex = lang.lexicon();
        rules(doc, tokens, found, subject, f);
        for (String list : SHARED_LISTS) {
            for (SurfaceToken t : tokens) {
                if (lex.in(list, t) && (!list.equals("speech") || lex.tagged(PosClass.VERB, t))) {
                    f.add("list=" + list);
                    break;
                }
            }
        }
        for (int k = 0; k < tokens.size(); k++) {
            SurfaceToken t = tokens.get(k);
            for (PosClass c : CLASSES) {
                if (lex.tagged(c, t)) {
                    f.add("class=" + c.key());
                    if (k == 0) {
                        f.add("first-class=" + c.key());
                    }
                }
            }
            if (lex.tagged(PosClass.VERB, t) && lex.past(tokens, k)) {
                f.add("past-verb");
            }
            if (t.entity()) {
                f.add("entity");
            }
        }
        if (!tokens.isEmpty()) {
            if (lex.in("not-asserted", tokens.get(0))) {
                f.add("opens-condition");
            }
            if (tokens.get(tokens.size() - 1).surface().equals("?")) {
                f.add("question");
            }
        }
        context(doc, s.span(), f);
        f.add("len=" + bucket(tokens.size()));
        f.add("position=" + (s.index() == 0 ? "first" : s.index() < 3 ? "early" : "later"));
        if (lexical) {
            words(tokens, f);
        }
        return new ArrayList<>(f);
    }

    /**
     * Adds to each sentence's features what its neighbours say: the rule evidence of the sentences before and after,
     * and, for an item of a list (a sentence opened by a list marker: "<li>", "•", "-"), the features of the sentence
     * that introduces the list ("A Shorten Labor Government will:", "Il piano prevede:") — an item's pledge is its
     * header's. Lemmas stay with their own sentence.
     */
    static List<List<String>> inContext(Document doc, List<List<String>> sentences) {
        List<Sentence> all = doc.sentences();
        boolean[] item = new boolean[all.size()];
        for (int i = 0; i < all.size(); i++) {
            int from = i == 0 ? 0 : all.get(i - 1).span().end();
            int to = Math.min(doc.text().length(), all.get(i).span().start() + 4);
            item[i] = LIST_MARK.matcher(doc.text().substring(Math.min(from, to), to)).find();
        }
        List<List<String>> out = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            Set<String> f = new LinkedHashSet<>(sentences.get(i));
            neighbour(sentences, i - 1, "prev:", f);
            neighbour(sentences, i + 1, "next:", f);
            if (item[i]) {
                int h = i - 1;
                while (h >= 0 && h > i - MAX_ITEMS && item[h]) {
                    h--;
                }
                if (h >= 0 && !item[h]) {
                    f.add("item");
                    sentences.get(h).stream().filter(x -> !isWord(x)).forEach(x -> f.add("header:" + x));
                }
            }
            out.add(new ArrayList<>(f));
        }
        return out;
    }

    /** Whether a feature is one of the sentence's own words (lemma, lemma bigram or word as written). */
    private static boolean isWord(String feature) {
        return feature.startsWith("w=") || feature.startsWith("b=") || feature.startsWith("s=");
    }

    private static void neighbour(List<List<String>> sentences, int i, String tag, Set<String> f) {
        if (i < 0 || i >= sentences.size()) {
            f.add(tag + "none");
            return;
        }
        for (String x : sentences.get(i)) {
            if (x.startsWith("rule=") || x.startsWith("strength=") || x.startsWith("no-") || x.startsWith("hit-")
                    || x.startsWith("veto=")) {
                f.add(tag + x);
            }
        }
    }

    /** The rules' matches: kept ones with their strength and tests, vetoed ones with the veto's name. */
    private void rules(Document doc, List<SurfaceToken> tokens, Candidates.Found found, ActorSubject subject,
                       Set<String> f) {
        CommitmentLexicon lex = lang.lexicon();
        if (found.considered().isEmpty()) {
            f.add("no-match");
        }
        if (found.hits().isEmpty()) {
            f.add("no-hit");
        }
        for (Candidates.Considered c : found.considered()) {
            String rule = c.rule().name();
            String strength = c.rule().strength().id();
            if (c.veto() != null) {
                f.add("veto=" + c.veto());
                f.add("vetoed=" + rule);
                f.add("vetoed-strength=" + strength);
                continue;
            }
            int trigger = c.match().trigger();
            int start = lang.clauses().start(tokens, c.match().start());
            boolean actor = subject.isActor(lex, lang.countries(), tokens, start, c.match().start());
            f.add("rule=" + rule);
            f.add("strength=" + strength);
            f.add("strength=" + strength + (actor ? "&actor" : "&no-actor"));
            f.add(actor ? "hit-actor" : "hit-no-actor");
            if (lex.past(tokens, trigger)) {
                f.add("hit-past");
                f.add("strength=" + strength + "&past");
            }
            for (int k = Math.max(start, trigger - NEGATION_REACH); k < trigger; k++) {
                if (lex.in("negation", tokens.get(k))) {
                    f.add("hit-negated");
                }
            }
            for (int k = start; k < trigger; k++) {
                if (lex.in("first-plural", tokens.get(k)) || lex.in("first-singular", tokens.get(k))) {
                    f.add("hit-first-person");
                }
            }
            Span at = tokens.get(trigger).span();
            for (Quote q : doc.quotes()) {
                if (q.span().contains(at)) {
                    f.add("hit-in-quote");
                    f.add("hit-in-quote=" + q.kind());
                }
            }
        }
    }

    /** Quotes, money, dates and sectors in the sentence. */
    private void context(Document doc, Span span, Set<String> f) {
        for (Quote q : doc.quotes()) {
            if (q.span().contains(span)) {
                f.add("in-quote");
            } else if (q.span().overlaps(span)) {
                f.add("quote");
            }
        }
        String text = doc.text();
        if (lang.amounts().find(text, span.start(), span.end()).isPresent()) {
            f.add("money");
        }
        if (lang.timeframes().find(text, span.start(), span.end(), null).isPresent()) {
            f.add("timeframe");
        }
        for (SectorHit h : doc.sectors()) {
            for (TextSpan m : h.mentions()) {
                if (span.contains(m.span())) {
                    f.add("sector");
                }
            }
        }
    }

    /**
     * Lemmas and lemma bigrams, numbers as one word; and each word as written, whose inflection the lemma drops: the
     * noun "cuts" of an attack on the opponent beside the verb "cut" of a pledge, "would" and "'ll" beside "will",
     * "investing" beside "invest".
     */
    private static void words(List<SurfaceToken> tokens, Set<String> f) {
        String previous = "<s>";
        for (SurfaceToken t : tokens) {
            String w = t.lemmas().isEmpty() ? t.surface() : String.join("+", t.lemmas());
            if (w.chars().anyMatch(Character::isDigit)) {
                w = "<num>";
            }
            f.add("w=" + w);
            if (!t.isPunctuation()) {
                f.add("s=" + (w.equals("<num>") ? w : t.surface()));
            }
            f.add("b=" + previous + "_" + w);
            previous = w;
        }
        f.add("b=" + previous + "_</s>");
    }

    private static String bucket(int n) {
        return n < 8 ? "short" : n < 16 ? "medium" : n < 28 ? "long" : n < 45 ? "longer" : "longest";
    }
}
