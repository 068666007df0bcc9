package io.newsextract.quote;

import io.newsextract.api.Artifact;
import io.newsextract.api.CleanText;
import io.newsextract.api.Decision;
import io.newsextract.api.Document;
import io.newsextract.api.Quote;
import io.newsextract.api.QuoteSpan;
import io.newsextract.api.Reading;
import io.newsextract.api.Span;
import io.newsextract.api.Stage;
import io.newsextract.lexicon.LanguageResources;
import io.newsextract.lexicon.SpeechLexicon;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Direct and partial quotes: the words between quote marks, without the marks. A quote is {@code direct} when it is
 * a whole utterance (it opens a sentence, or follows a colon, or a comma or speech verb and starts in upper case) and
 * {@code partial} when the writer's sentence embeds it. Scare quotes — embedded quotes of one or two words with no
 * speech verb or "according to" in their sentence — and embedded title-case names without speech are not quotes;
 * the trace records each as dropped by {@code scare-quote} or {@code title-case-name}.
 */
public final class QuoteDetectionStage implements Stage {

    private static final int SCARE_MAX_WORDS = 2;
    /** Drops an embedded quote of at most {@value #SCARE_MAX_WORDS} words with no speech in its sentence. */
    static final String SCARE_QUOTE = "scare-quote";
    /** Drops an embedded title-case name with no speech in its sentence. */
    static final String TITLE_CASE_NAME = "title-case-name";

    private final Map<String, SpeechLexicon> lexicons;
    private final boolean ruleDrops;

    /** For the languages of {@code resources}, dropping scare quotes and title-case names by rule. */
    public QuoteDetectionStage(Map<String, LanguageResources> resources) {
        this(resources, true);
    }

    /**
     * {@code ruleDrops} false keeps every span the marks enclose: a later stage decides (see {@link QuoteSpanStage}),
     * with the drop rules as features.
     */
    public QuoteDetectionStage(Map<String, LanguageResources> resources, boolean ruleDrops) {
        this.lexicons = LanguageResources.each(resources, LanguageResources::speech);
        this.ruleDrops = ruleDrops;
    }

    /** The names of the rules that drop quote marks that are no quote. */
    public static List<String> ruleNames() {
        return List.of(SCARE_QUOTE, TITLE_CASE_NAME);
    }

    @Override
    public String name() {
        return "quotes";
    }

    @Override
    public Set<Artifact> requires() {
        return Set.of(Artifact.CLEAN_TEXT, Artifact.READING);
    }

    @Override
    public Set<Artifact> produces() {
        return Set.of(Artifact.QUOTE_SPANS);
    }

    @Override
    public boolean supports(String language) {
        return lexicons.containsKey(language);
    }

    @Override
    public Document annotate(Document document) {
        SpeechLexicon lex = lexicons.get(document.languageCode());
        CleanText clean = document.clean();
        Reading reading = document.reading();
        List<int[]> paragraphs = reading.paragraphs().stream()
                .map(p -> new int[]{p.clean().start(), p.clean().end()}).toList();
        List<Quote> quotes = new ArrayList<>();
        List<Decision> dropped = new ArrayList<>();
        List<QuoteSpan> spans = new ArrayList<>();
        for (QuoteScanner.Found found : new QuoteScanner(lex.quoteMarks()).scan(clean.text(), paragraphs)) {
            String kind = isDirect(clean.text(), found, lex) ? "direct" : "partial";
            for (QuoteScanner.Found f : splitAtInsertedCue(clean.text(), found, lex)) {
                Span content = clean.toOriginal(f.start(), f.end());
                Span marked = clean.toOriginal(f.markStart(), f.markEnd());
                if (content.length() == 0) {
                    continue;
                }
                String text = document.text().substring(content.start(), content.end());
                String rule = ruleDrops ? dropRule(reading, marked, text, kind, lex) : null;
                if (rule != null) {
                    dropped.add(Decision.of(name(), rule, Decision.Verdict.DROPPED, document.text(), content,
                            "no speech verb in its sentence"));
                    continue;
                }
                quotes.add(new Quote("q" + (quotes.size() + 1), text, content.start(), content.end(), kind, null,
                        null, null, null, 0.0));
                spans.add(new QuoteSpan(content, marked));
            }
        }
        return document.withQuotes(quotes).withReading(reading.withQuoteSpans(spans)).withDecisions(dropped);
    }

    /** The rule that drops a quote as no speech ({@link #SCARE_QUOTE}, {@link #TITLE_CASE_NAME}), or null. */
    static String dropRule(Reading reading, Span marked, String text, String kind, SpeechLexicon lex) {
        if (!kind.equals("partial") || !(words(text) <= SCARE_MAX_WORDS || isTitleCase(text))
                || hasSpeechContext(reading, marked, lex)) {
            return null;
        }
        return words(text) <= SCARE_MAX_WORDS ? SCARE_QUOTE : TITLE_CASE_NAME;
    }

    /**
     * «Da anni se ne discute — ha detto Ferri —. Oggi c'è una proposta»: the writer's attribution set between dashes
     * inside the marks is no part of the quote, which becomes the two pieces around it. An insertion is a stretch
     * between two dashes of at most {@value #INSERTION_MAX_WORDS} words holding a speech verb.
     */
    static List<QuoteScanner.Found> splitAtInsertedCue(String clean, QuoteScanner.Found f, SpeechLexicon lex) {
        int open = indexOfDash(clean, f.start(), f.end());
        int close = open < 0 ? -1 : indexOfDash(clean, open + 1, f.end());
        if (close < 0 || !isInsertedCue(clean.substring(open + 1, close), lex)) {
            return List.of(f);
        }
        int firstEnd = trimEnd(clean, f.start(), open);
        int secondStart = close + 1;
        while (secondStart < f.end() && (Character.isWhitespace(clean.charAt(secondStart))
                || ",.;:".indexOf(clean.charAt(secondStart)) >= 0)) {
            secondStart++;
        }
        List<QuoteScanner.Found> pieces = new ArrayList<>();
        pieces.add(new QuoteScanner.Found(f.start(), firstEnd, f.markStart(), firstEnd, f.continued(), false));
        if (secondStart < f.end()) {
            pieces.add(new QuoteScanner.Found(secondStart, f.end(), secondStart, f.markEnd(), false, f.unclosed()));
        }
        return pieces;
    }

    private static final int INSERTION_MAX_WORDS = 8;

    private static int indexOfDash(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if ((c == '—' || c == '–') && (i == 0 || Character.isWhitespace(text.charAt(i - 1))
                    || i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1)))) {
                return i;
            }
        }
        return -1;
    }

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern SPACES_AND_COMMAS = Pattern.compile("[\\s,]+");

    private static boolean isInsertedCue(String between, SpeechLexicon lex) {
        String[] words = SPACES_AND_COMMAS.split(between.strip());
        return words.length <= INSERTION_MAX_WORDS && java.util.Arrays.stream(words).anyMatch(w -> lex.verb(w).isPresent());
    }

    private static int trimEnd(String text, int start, int end) {
        while (end > start && (Character.isWhitespace(text.charAt(end - 1)) || ",;:".indexOf(text.charAt(end - 1)) >= 0)) {
            end--;
        }
        return end;
    }

    /** Whether the quote stands as an utterance of its own rather than as words inside the writer's sentence. */
    static boolean isDirect(String clean, QuoteScanner.Found f, SpeechLexicon lex) {
        if (f.continued()) {
            return true;
        }
        int i = f.markStart() - 1;
        while (i >= 0 && clean.charAt(i) != '\n' && Character.isWhitespace(clean.charAt(i))) {
            i--;
        }
        if (i < 0 || clean.charAt(i) == '\n') {
            return true;
        }
        char before = clean.charAt(i);
        boolean upper = Character.isUpperCase(clean.codePointAt(f.start())) || Character.isDigit(clean.charAt(f.start()));
        if (".!?:".indexOf(before) >= 0 || isMarkChar(before, lex)) {
            return true;
        }
        if (before == ',') {
            return upper;
        }
        return upper && lex.verb(previousWord(clean, i)).isPresent();
    }

    private static boolean isMarkChar(char c, SpeechLexicon lex) {
        return lex.quoteMarks().stream().anyMatch(m -> !m.inner() && (m.close() == c || m.open() == c));
    }

    private static String previousWord(String text, int end) {
        int start = end + 1;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        return text.substring(start, end + 1);
    }

    /** A speech verb or an "according to" phrase outside the quote in the sentences it touches. */
    static boolean hasSpeechContext(Reading r, Span marked, SpeechLexicon lex) {
        int before = r.firstAtOrAfter(marked.start()) - 1;
        for (int s = before < 0 ? 0 : r.sentence(before); s < r.sentenceCount(); s++) {
            int from = r.sentenceStart(s);
            int to = r.sentenceEnd(s);
            if (r.word(from).start() > marked.end()) {
                break;
            }
            if (r.word(to - 1).end() < marked.start()) {
                continue;
            }
            for (int i = from; i < to; i++) {
                boolean inside = marked.contains(r.word(i).span());
                if (!inside && (SpeechCues.isSpeechVerb(r, i, lex) || SpeechCues.accordingToAt(r, i, to, lex) > 0)) {
                    return true;
                }
            }
        }
        return false;
    }

    static int words(String text) {
        return SPACES.split(text.strip()).length;
    }

    static boolean isTitleCase(String text) {
        String[] words = SPACES.split(text.strip());
        if (words.length > 6) {
            return false;
        }
        for (String w : words) {
            if (w.length() > 3 && !Character.isUpperCase(w.codePointAt(0))) {
                return false;
            }
        }
        return true;
    }
}
