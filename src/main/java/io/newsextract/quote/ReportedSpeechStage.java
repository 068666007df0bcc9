package io.newsextract.quote;

import io.newsextract.api.Artifact;
import io.newsextract.api.Document;
import io.newsextract.api.Quote;
import io.newsextract.api.Sentence;
import io.newsextract.api.Span;
import io.newsextract.api.Stage;
import io.newsextract.api.TextSpan;
import io.newsextract.api.Token;
import io.newsextract.lexicon.LanguageResources;
import io.newsextract.lexicon.SpeechLexicon;
import io.newsextract.ner.EntityRecognitionStage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reported speech ({@code kind} = indirect): the content of "X said (that) …", "X told reporters …", "X stressed the
 * need to …", "…, X said", "according to X, …" and their Italian forms ("ha affermato che …", "secondo X, …"). The
 * span is the reported content. Content that is mostly a direct or partial quote is left to that quote. Quotes are
 * renumbered in text order.
 */
public final class ReportedSpeechStage implements Stage {

    private static final int MIN_CONTENT_TOKENS = 3;
    private static final int COMPLEMENTIZER_WINDOW = 7;
    private static final int TRAILING_CUE_WINDOW = 8;
    private static final int QUOTE_ATTRIBUTION_WINDOW = 12;
    private static final int INSERTION_WINDOW = 25;
    private static final int APPOSED_NAME_WORDS = 4;
    /** Reported content with a partial quote in it ("said the plan was “dead on arrival”") is still reported speech. */
    private static final double MOSTLY_QUOTED = 0.85;

    private final Map<String, SpeechLexicon> lexicons;

    /** For the languages of {@code resources}. */
    public ReportedSpeechStage(Map<String, LanguageResources> resources) {
        this.lexicons = LanguageResources.each(resources, LanguageResources::speech);
    }

    @Override
    public String name() {
        return "reported-speech";
    }

    @Override
    public Set<Artifact> requires() {
        return Set.of(Artifact.SENTENCES, Artifact.POS_TAGS, Artifact.ENTITIES, Artifact.QUOTES);
    }

    @Override
    public Set<Artifact> produces() {
        return Set.of(Artifact.QUOTES);
    }

    @Override
    public boolean supports(String language) {
        return lexicons.containsKey(language);
    }

    @Override
    public Document annotate(Document document) {
        SpeechLexicon lex = lexicons.get(document.languageCode());
        List<Quote> all = new ArrayList<>(document.quotes());
        for (Sentence s : document.sentences()) {
            for (Candidate c : find(document, s, lex)) {
                if (quotedShare(document.quotes(), c.content()) < MOSTLY_QUOTED) {
                    String text = document.text().substring(c.content().start(), c.content().end());
                    all.add(new Quote("", text, c.content().start(), c.content().end(), "indirect", null, null,
                            TextSpan.of(document.text(), c.cue()), null, 0.0));
                }
            }
        }
        all.sort(Comparator.comparingInt(Quote::start));
        List<Quote> numbered = new ArrayList<>(all.size());
        for (Quote q : all) {
            numbered.add(new Quote("q" + (numbered.size() + 1), q.text(), q.start(), q.end(), q.kind(), null, null,
                    q.cue(), null, 0.0));
        }
        return document.withQuotes(numbered);
    }

    private record Candidate(Span content, Span cue) {
    }

    /**
     * The reported contents of a sentence, trying the rules in order at each speech verb: a sentence may report two
     * things ("X said that A and warned that B"); each content then ends where the next verb's clause begins.
     */
    private List<Candidate> find(Document doc, Sentence s, SpeechLexicon lex) {
        List<Token> tokens = s.tokens();
        String text = doc.text();
        List<Candidate> found = new ArrayList<>();
        Candidate according = accordingTo(text, tokens, lex);
        if (according != null) {
            found.add(according);
        }
        for (int k = 0; according == null && k < tokens.size(); k++) {
            var verb = lex.verb(SpeechCues.surface(text, tokens.get(k)));
            if (verb.isEmpty() || !SpeechCues.isSpeechVerb(text, tokens.get(k), lex)
                    || !hasSubject(doc, tokens, k, lex, verb.get().nonFinite())
                    || attributesQuote(doc, tokens, k, lex)) {
                continue;
            }
            Candidate c = verb.get().nonFinite() || !found.isEmpty() ? null : trailingCue(text, tokens, k, lex);
            if (c == null) {
                c = contentAfter(text, tokens, k, lex, verb.get().reports());
            }
            if (c != null && !found.isEmpty()) {
                Candidate prev = found.get(found.size() - 1);
                if (c.content().start() < prev.content().end()) {
                    int cut = clauseStart(text, tokens, k, lex);
                    found.set(found.size() - 1, new Candidate(trim(text, prev.content().start(),
                            Math.max(prev.content().start(), cut)), prev.cue()));
                }
            }
            if (c != null) {
                found.add(c);
            }
        }
        found.removeIf(c -> c.content().length() == 0 || countTokens(tokens, c.content()) < MIN_CONTENT_TOKENS);
        return found;
    }

    /** Where the clause of the speech verb at {@code k} begins: at its conjunction or comma, past its auxiliaries. */
    private static int clauseStart(String text, List<Token> tokens, int k, SpeechLexicon lex) {
        int j = k - 1;
        while (j > 0 && isSkippable(text, tokens.get(j), lex)) {
            j--;
        }
        String w = SpeechCues.surface(text, tokens.get(j));
        return isConjunction(w, lex) || w.equals(",") ? tokens.get(j).start() : tokens.get(j + 1).start();
    }

    private static boolean isConjunction(String w, SpeechLexicon lex) {
        return SpeechLexicon.lower(w).equals(SpeechLexicon.lower(lex.conjunction())) || lex.isClauseConjunction(w);
    }

    /** "According to X, content." or "Content, according to X." */
    private static Candidate accordingTo(String text, List<Token> tokens, SpeechLexicon lex) {
        for (int k = 0; k < tokens.size(); k++) {
            int end = SpeechCues.accordingToAt(text, tokens, k, lex);
            if (end < 0) {
                continue;
            }
            Span cue = new Span(tokens.get(k).start(), tokens.get(end - 1).end());
            int relative = relativeAt(text, tokens, end, lex);
            if (relative > 0 && relative + 1 < tokens.size()) {   // "Rossi, secondo cui content."
                return new Candidate(trim(text, tokens.get(relative + 1).start(), tokens.get(tokens.size() - 1).end()), cue);
            }
            if (k > 0 && isComma(text, tokens.get(k - 1)) && k - 1 >= MIN_CONTENT_TOKENS) {
                return new Candidate(trim(text, tokens.get(0).start(), tokens.get(k - 1).start()), cue);
            }
            for (int j = end; j < tokens.size(); j++) {
                if (isComma(text, tokens.get(j))) {
                    j = pastApposedName(text, tokens, j, lex);
                    return new Candidate(trim(text, tokens.get(j).end(), tokens.get(tokens.size() - 1).end()), cue);
                }
            }
        }
        return null;
    }

    /** The index of a relative ("cui", "il quale") right after the token {@code end}, or -1. */
    private static int relativeAt(String text, List<Token> tokens, int end, SpeechLexicon lex) {
        int k = end;
        while (k < tokens.size() && k < end + 2 && lex.is("determiner", tokens.get(k).pos(), "")) {
            k++;
        }
        return k < tokens.size() && lex.is("relative", null, SpeechCues.surface(text, tokens.get(k))) ? k : -1;
    }

    /** "Stando al presidente dell'Anm, Cesare Pellegrino, content": the comma after a name set between commas. */
    private static int pastApposedName(String text, List<Token> tokens, int comma, SpeechLexicon lex) {
        int k = comma + 1;
        while (k < tokens.size() && k <= comma + APPOSED_NAME_WORDS && lex.is("proper", tokens.get(k).pos(), "")) {
            k++;
        }
        return k > comma + 1 && k < tokens.size() && isComma(text, tokens.get(k)) ? k : comma;
    }

    /** "Content, X said." — the cue and its subject close the sentence (or its clause) after a comma. */
    private static Candidate trailingCue(String text, List<Token> tokens, int k, SpeechLexicon lex) {
        int comma = -1;
        for (int j = k - 1; j >= Math.max(0, k - 5); j--) {
            if (isComma(text, tokens.get(j))) {
                comma = j;
                break;
            }
        }
        boolean introducesQuote = SpeechCues.surface(text, tokens.get(tokens.size() - 1)).equals(":");
        boolean inverted = k + 1 < tokens.size() && lex.is("proper", tokens.get(k + 1).pos(), "")
                || k + 2 < tokens.size() && lex.is("determiner", tokens.get(k + 1).pos(), SpeechCues.surface(text, tokens.get(k + 1)))
                && isSpeakerWord(text, tokens.get(k + 2), lex);   // "said the spokesman", not "criticized the decision"
        boolean subjectBetween = false;
        for (int j = comma + 1; j >= 1 && j < k; j++) {
            subjectBetween |= !isSkippable(text, tokens.get(j), lex) && isSpeakerWord(text, tokens.get(j), lex);
        }
        if (comma >= 0 && !subjectBetween && !inverted) {
            return null;   // "The NCAA, which …, did not respond": the comma closes an insertion after the subject
        }
        if (comma >= 0 && !plainSubject(text, tokens, comma + 1, k, lex) && !inverted) {
            return null;
        }
        int clauseEnd = nextComma(text, tokens, k);
        boolean midSentence = clauseEnd < tokens.size() - 2;
        if (midSentence && !(plainSubject(text, tokens, comma + 1, k, lex) && (k + 1 == clauseEnd
                || lex.is("adposition", tokens.get(k + 1).pos(), SpeechCues.surface(text, tokens.get(k + 1)))))) {
            return null;   // only "…, the government said on Thursday, …" — not "…, where Democrats signaled they …"
        }
        if (comma <= 2 || (midSentence ? clauseEnd : tokens.size()) - k > TRAILING_CUE_WINDOW || introducesQuote
                || hasComplementizerAfter(text, tokens.subList(0, clauseEnd), k, lex)) {
            return null;
        }
        Span cue = tokens.get(k).span();
        return new Candidate(trim(text, tokens.get(0).start(), tokens.get(comma).start()), cue);
    }

    /**
     * Whether tokens [from, to) can be the subject of a trailing cue: no verb other than an auxiliary and no relative
     * word ("…, where Democrats signaled they …" is a relative clause, not an attribution).
     */
    private static boolean plainSubject(String text, List<Token> tokens, int from, int to, SpeechLexicon lex) {
        if (from >= to) {
            return false;
        }
        for (int j = from; j < to; j++) {
            Token t = tokens.get(j);
            String w = SpeechCues.surface(text, t);
            if (lex.is("relative", t.pos(), w) || (lex.is("verb", t.pos(), w) && !isSkippable(text, t, lex))) {
                return false;
            }
        }
        return true;
    }

    /** "Content, the government said on Thursday, a boost for …": the cue's clause ends at the next comma. */
    private static int nextComma(String text, List<Token> tokens, int k) {
        for (int j = k + 1; j < tokens.size(); j++) {
            if (isComma(text, tokens.get(j))) {
                return j;
            }
        }
        return tokens.size();
    }

    /** "X said (that) content" — the content runs from the complementizer or the verb to the end of the sentence. */
    private static Candidate contentAfter(String text, List<Token> tokens, int k, SpeechLexicon lex, boolean bare) {
        int last = tokens.size() - 1;
        int end = tokens.get(last).end();
        int counted = 0;
        for (int j = k + 1; j < tokens.size() && counted < COMPLEMENTIZER_WINDOW - 1; j++) {
            String w = SpeechCues.surface(text, tokens.get(j));
            if (lex.isComplementizer(w) && j < last) {
                return new Candidate(trim(text, tokens.get(j + 1).start(), end), tokens.get(k).span());
            }
            if (lex.verb(w).isPresent() || lex.is("finite-verb", tokens.get(j).pos(), "")
                    || (SpeechCues.isPunctuation(text, tokens.get(j)) && !w.equals(","))) {
                break;
            }
            // "said in a submission to the government that": articles and prepositions do not count
            boolean light = lex.is("determiner", tokens.get(j).pos(), w) || lex.is("adposition", tokens.get(j).pos(), w);
            counted += light ? 0 : 1;
        }
        if (bare && k < last && !SpeechCues.isPunctuation(text, tokens.get(k + 1))
                && !lex.is("adposition", tokens.get(k + 1).pos(), SpeechCues.surface(text, tokens.get(k + 1)))) {
            return new Candidate(trim(text, tokens.get(k + 1).start(), end), tokens.get(k).span());
        }
        return null;
    }

    /** "“…,” Lee said, …" / "«…», ha dichiarato Lee": the verb attributes the quote just before it. */
    private static boolean attributesQuote(Document doc, List<Token> tokens, int k, SpeechLexicon lex) {
        for (int j = k - 1; j >= Math.max(0, k - QUOTE_ATTRIBUTION_WINDOW); j--) {
            Token t = tokens.get(j);
            if (j == k - 1 && lex.isClauseConjunction(SpeechCues.surface(doc.text(), t))) {
                return false;   // "described it as “a vote of confidence” and said …": a second verb of the subject
            }
            for (Quote q : doc.quotes()) {
                if (t.start() >= q.start() && t.start() <= q.end() + 2) {
                    return true;
                }
            }
            if (lex.is("verb", t.pos(), "") && !isSkippable(doc.text(), t, lex)
                    || lex.isClauseConjunction(SpeechCues.surface(doc.text(), t))) {
                return false;
            }
        }
        return false;
    }

    private static boolean hasComplementizerAfter(String text, List<Token> tokens, int k, SpeechLexicon lex) {
        for (int j = k + 1; j < tokens.size(); j++) {
            if (lex.isComplementizer(SpeechCues.surface(text, tokens.get(j)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the speech verb has someone speaking: a name, pronoun, speaker noun or group word just before it
     * (after auxiliaries and adverbs) or just after it (inversion), or no subject at all at the start of a sentence
     * (Italian pro-drop), or it is a participle clause ("…, adding that") that shares its sentence's subject.
     */
    private static boolean hasSubject(Document doc, List<Token> tokens, int k, SpeechLexicon lex, boolean nonFinite) {
        if (nonFinite) {
            return k > 0;
        }
        int j = k - 1;
        while (j >= 0 && isSkippable(doc.text(), tokens.get(j), lex)) {
            j--;
        }
        if (j < 0) {
            return true;
        }
        String w = SpeechCues.surface(doc.text(), tokens.get(j));
        if (isConjunction(w, lex) && j > 0) {
            return tokens.subList(0, j).stream().anyMatch(t -> isSpeakerWord(doc.text(), t, lex));
        }
        if (w.equals(",")) {
            int open = insertionStart(doc.text(), tokens, j);
            if (open > 0 && isSpeakerWord(doc.text(), tokens.get(open - 1), lex)) {
                return true;
            }
        }
        boolean nounSubject = lex.verb(SpeechCues.surface(doc.text(), tokens.get(k))).map(v -> v.anySubject()).orElse(false)
                && lex.is("noun", tokens.get(j).pos(), "");
        return isSpeakerWord(doc.text(), tokens.get(j), lex) || nounSubject
                || (k + 1 < tokens.size() && isSpeakerWord(doc.text(), tokens.get(k + 1), lex)
                && !lex.is("determiner", tokens.get(k + 1).pos(), ""));
    }

    /** The comma that opens the ", a Democrat from Ohio," insertion closed by the comma at {@code close}, or -1. */
    private static int insertionStart(String text, List<Token> tokens, int close) {
        for (int j = close - 1; j >= Math.max(0, close - INSERTION_WINDOW); j--) {
            if (isComma(text, tokens.get(j))) {
                return j;
            }
        }
        return -1;
    }

    static boolean isSkippable(String text, Token t, SpeechLexicon lex) {
        String w = SpeechCues.surface(text, t);
        return lex.is("aux", t.pos(), w) || lex.is("adverb", t.pos(), w);
    }

    static boolean isSpeakerWord(String text, Token t, SpeechLexicon lex) {
        String w = SpeechCues.surface(text, t);
        String label = t.ner() == null ? "O" : EntityRecognitionStage.entityType(t.ner());
        return lex.pronoun(w).isPresent() || lex.isSpeakerNoun(w) || lex.isTitleHead(w) || lex.is("proper", t.pos(), w)
                || label.startsWith("PER") || label.startsWith("ORG")
                || lex.groupPhrases().stream().anyMatch(g -> g.words().get(g.words().size() - 1).equals(SpeechLexicon.lower(w)));
    }

    private static boolean isComma(String text, Token t) {
        return SpeechCues.surface(text, t).equals(",");
    }

    private static Span trim(String text, int start, int end) {
        return Span.stripped(text, start, Math.max(start, end), ",;:", ",.;:");
    }

    private static int countTokens(List<Token> tokens, Span span) {
        return (int) tokens.stream().filter(t -> span.contains(t.span())).count();
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
