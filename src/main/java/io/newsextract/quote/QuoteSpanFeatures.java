package io.newsextract.quote;

import io.newsextract.api.Document;
import io.newsextract.api.EntityMention;
import io.newsextract.api.PosClass;
import io.newsextract.api.Quote;
import io.newsextract.api.Reading;
import io.newsextract.api.Span;
import io.newsextract.api.SpeechCue;
import io.newsextract.lexicon.LanguageData;
import io.newsextract.lexicon.LanguageResources;
import io.newsextract.lexicon.SpeechLexicon;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the quote-span model reads about a direct or partial quote once it is attributed: today's rules as features
 * (which drop rule would fire, which attribution rule found a speaker, whether a cue stands by), and language-free
 * descriptions of the span — its length, shape, word classes, entities, place in its sentence and paragraph, and
 * membership of the language's word lists ({@code naming-words.txt}: "so-called", "dubbed", "cosiddetto";
 * {@code first-person.txt}: "I", "we", "noi"). The same features serve training and the pipeline; immutable.
 */
public final class QuoteSpanFeatures {

    private record Lists(SpeechLexicon lex, List<String> naming, List<String> firstPerson, Pattern pairs,
                         OpenQuotes openQuotes) {
    }

    private final Map<String, Lists> lists;

    public QuoteSpanFeatures(Map<String, LanguageResources> resources) {
        this.lists = LanguageResources.each(resources, r -> new Lists(r.speech(),
                lowered(LanguageData.lines(r.language(), "naming-words.txt")),
                lowered(LanguageData.lines(r.language(), "first-person.txt")), pairs(r.speech()),
                readOpenQuotes(r.language())));
    }

    /** What becomes of someone's words in a quote left open, or whose marks do not pair (see QuoteSpanStage). */
    public enum OpenQuotes { REPORTED, QUOTE, DROP }

    /** {@code open-quotes = reported | quote | drop} from the language's {@code quote-span.txt}; else an error. */
    private static OpenQuotes readOpenQuotes(String language) {
        List<String> lines = LanguageData.lines(language, "quote-span.txt");
        String value = lines.size() == 1 ? lines.get(0).replaceFirst("^open-quotes\\s*=\\s*", "").strip() : "";
        for (OpenQuotes o : OpenQuotes.values()) {
            if (o.name().toLowerCase(Locale.ROOT).equals(value)) {
                return o;
            }
        }
        throw new IllegalArgumentException("models/" + language + "/quote-span.txt must hold one line "
                + "'open-quotes = reported | quote | drop', not " + lines);
    }

    public OpenQuotes openQuotes(String language) {
        return lists.get(language).openQuotes();
    }

    /**
     * The language's outer quote marks paired left to right over the whole text, as a plain reader (and PolNeAR's
     * converter) pairs them: a straight mark with the next one on the same line, a curly or angle mark with its
     * closing mark. A span whose marks do not pair this way lies between two quotes' marks.
     */
    private static Pattern pairs(SpeechLexicon lex) {
        List<String> alternatives = new ArrayList<>();
        for (SpeechLexicon.QuoteMark m : lex.quoteMarks()) {
            if (!m.inner()) {
                String o = Pattern.quote(String.valueOf(m.open())), c = Pattern.quote(String.valueOf(m.close()));
                alternatives.add(m.open() == m.close() ? o + "[^" + o + "\\n]+" + c
                        : o + "[^" + o + c + "]+" + c);
            }
        }
        return Pattern.compile(String.join("|", alternatives));
    }

    private static List<String> lowered(List<String> lines) {
        return lines.stream().map(l -> l.strip().toLowerCase(Locale.ROOT)).filter(l -> !l.isEmpty()).toList();
    }

    public boolean supports(String language) {
        return lists.containsKey(language);
    }

    /** The features of each direct or partial quote of an attributed document, in the order given. */
    public List<List<String>> of(Document doc, List<Quote> quotes) {
        List<int[]> paired = new ArrayList<>();
        Matcher m = lists.get(doc.languageCode()).pairs().matcher(doc.text());
        while (m.find()) {
            paired.add(new int[]{m.start() + 1, m.end() - 1});
        }
        List<List<String>> out = new ArrayList<>();
        for (Quote q : quotes) {
            List<String> f = of(doc, q);
            boolean pairs = paired.stream().anyMatch(p -> Math.min(p[1], q.end()) - Math.max(p[0], q.start())
                    >= 0.5 * (q.end() - q.start()));
            f.add("paired=" + pairs);
            f.add("paired-closed=" + pairs + "-" + f.contains("closed=true"));
            out.add(f);
        }
        return out;
    }

    private List<String> of(Document doc, Quote q) {
        Lists l = lists.get(doc.languageCode());
        Reading r = doc.reading();
        String text = doc.text();
        Span marked = r.markedSpan(q);
        List<String> f = new ArrayList<>();
        String kind = q.kind();
        f.add("kind=" + kind);
        String rule = QuoteDetectionStage.dropRule(r, marked, q.text(), kind, l.lex());
        f.add("rule=" + (rule == null ? "none" : rule));
        f.add("speech-context=" + QuoteDetectionStage.hasSpeechContext(r, marked, l.lex()));
        String method = q.method() == null ? "none" : q.method();
        f.add("attr=" + method);
        f.add("attr-rule=" + method.replaceFirst("/.*", ""));
        f.add("attr-cue=" + (q.cue() != null));
        int words = QuoteDetectionStage.words(q.text());
        String len = lengthBucket(words);
        f.add("len=" + len);
        f.add("kind-len=" + kind + "-" + len);
        f.add("attr-len=" + method.replaceFirst("/.*", "") + "-" + len);
        f.add("first=" + shape(q.text()));
        f.add("title-share=" + titleShare(q.text()));
        f.add("end=" + endPunct(text, q, marked));
        f.add("closed=" + closed(text, marked, l.lex()));
        boolean repeat = doc.quotes().stream().anyMatch(o -> o.start() < q.start() && !o.kind().equals("indirect")
                && o.text().equals(q.text()));
        f.add("repeat=" + repeat);
        cueFeatures(r, marked, f);
        wordFeatures(r, q, marked, l, f);
        contextFeatures(doc, r, q, marked, l, f);
        for (EntityMention e : doc.entities()) {
            if (e.start() >= q.start() && e.end() <= q.end()) {
                f.add(e.start() == q.start() && e.end() == q.end() ? "is-entity=" + e.type() : "entity-in=" + e.type());
            }
        }
        return f;
    }

    /** Whether the quote's marks are closed in its paragraph (it is not left open to the paragraph's end). */
    private static boolean closed(String text, Span marked, SpeechLexicon lex) {
        char last = text.charAt(Math.max(0, marked.end() - 1));
        return lex.quoteMarks().stream().anyMatch(m -> m.close() == last);
    }

    private static String lengthBucket(int words) {
        return words <= 3 ? String.valueOf(words) : words <= 5 ? "4-5" : words <= 9 ? "6-9" : words <= 19 ? "10-19"
                : "20+";
    }

    private static String shape(String s) {
        int c = s.codePointAt(0);
        return Character.isUpperCase(c) ? "upper" : Character.isLowerCase(c) ? "lower" : Character.isDigit(c)
                ? "digit" : "other";
    }

    /** The share of words of four letters or more that are capitalised, in buckets. */
    private static String titleShare(String s) {
        int long4 = 0, caps = 0;
        for (String w : s.strip().split("\\s+")) {
            if (w.length() >= 4) {
                long4++;
                caps += Character.isUpperCase(w.codePointAt(0)) ? 1 : 0;
            }
        }
        if (long4 == 0) {
            return "none";
        }
        double share = (double) caps / long4;
        return share == 0 ? "0" : share < 0.5 ? "low" : share < 1 ? "high" : "all";
    }

    /** The punctuation that closes the words inside the marks: a sentence end, a comma, or none. */
    private static String endPunct(String text, Quote q, Span marked) {
        String tail = text.substring(Math.max(q.start(), q.end() - 1), Math.min(text.length(), marked.end()));
        if (tail.matches("(?s).*[.!?…].*")) {
            return "stop";
        }
        return tail.contains(",") ? "comma" : "none";
    }

    private static void cueFeatures(Reading r, Span marked, List<String> f) {
        int first = Math.min(r.firstAtOrAfter(marked.start()), r.size() - 1);
        int sentence = first < 0 ? -1 : r.sentence(first);
        boolean inSentence = false;
        for (SpeechCue c : r.cues()) {
            if (c.content().overlap(marked) > 0) {
                f.add("cue-content-overlaps=" + c.rule());
            }
            int cw = Math.min(r.firstAtOrAfter(c.cue().start()), r.size() - 1);
            if (cw >= 0 && r.sentence(cw) == sentence) {
                inSentence = true;
            }
        }
        f.add("cue-in-sentence=" + inSentence);
    }

    private static void wordFeatures(Reading r, Quote q, Span marked, Lists l, List<String> f) {
        int[] in = r.wordsIn(q.span());
        boolean verb = false, finite = false, first = false, proper = true;
        for (int i = in[0]; i < in[1]; i++) {
            verb |= r.is(i, PosClass.VERB);
            finite |= r.is(i, PosClass.FINITE_VERB);
            first |= l.firstPerson().contains(r.lower(i));
            proper &= r.is(i, PosClass.PROPER) || r.isPunct(i) || r.is(i, PosClass.NAME_GLUE);
        }
        f.add("verb=" + verb);
        f.add("finite-verb=" + finite);
        f.add("first-person=" + first);
        f.add("all-proper=" + (proper && in[1] > in[0]));
        f.add("sentences=" + Math.min(3, in[1] > in[0] ? r.sentence(in[1] - 1) - r.sentence(in[0]) + 1 : 0));
    }

    private void contextFeatures(Document doc, Reading r, Quote q, Span marked, Lists l, List<String> f) {
        int first = r.firstAtOrAfter(marked.start());
        int after = r.firstAtOrAfter(marked.end());
        if (first >= r.size()) {
            return;
        }
        int sentence = r.sentence(first);
        boolean opensSentence = first == r.sentenceStart(sentence);
        int lastWord = Math.max(first, after - 1);
        boolean endsSentence = after >= r.size() || r.sentence(after) != r.sentence(lastWord)
                || after + 1 >= r.size() && r.isPunct(after) || r.isPunct(after)
                && after + 1 < r.size() && r.sentence(after + 1) != r.sentence(after);
        f.add("sentence-pos=" + (opensSentence ? "opens" : "inside") + "-" + (endsSentence ? "ends" : "open"));
        int paragraph = r.paragraph(first);
        boolean opensParagraph = first == 0 || r.paragraph(first - 1) != paragraph;
        f.add("opens-paragraph=" + opensParagraph);
        f.add("paragraph=" + (paragraph == 0 ? "first" : paragraph <= 2 ? "early" : "later"));
        f.add("paragraph-words=" + paragraphWords(r, paragraph, first));
        f.add("prev=" + (first == 0 || opensParagraph ? "start" : wordClass(r, first - 1)));
        f.add("next=" + (after >= r.size() || r.paragraph(after) != paragraph ? "end" : wordClass(r, after)));
        for (int k = Math.max(0, first - 3); k < first; k++) {
            if (SpeechCues.isSpeechVerb(r, k, l.lex())) {
                f.add("speech-verb-before");
                break;
            }
        }
        for (int k = after; k < Math.min(r.size(), after + 4) && r.paragraph(k) == paragraph; k++) {
            if (SpeechCues.isSpeechVerb(r, k, l.lex())) {
                f.add("speech-verb-after");
                break;
            }
        }
        String before = doc.text().substring(Math.max(0, marked.start() - 40), marked.start())
                .toLowerCase(Locale.ROOT).strip();
        for (String w : l.naming()) {
            if (before.endsWith(w) && (before.length() == w.length()
                    || !Character.isLetter(before.charAt(before.length() - w.length() - 1)))) {
                f.add("named-before");
                break;
            }
        }
    }

    /** How long the quote's paragraph is, in words: a headline or caption is short. */
    private static String paragraphWords(Reading r, int paragraph, int from) {
        int a = from, b = from;
        while (a > 0 && r.paragraph(a - 1) == paragraph) {
            a--;
        }
        while (b < r.size() && r.paragraph(b) == paragraph) {
            b++;
        }
        int n = b - a;
        return n <= 12 ? "short" : n <= 40 ? "medium" : "long";
    }

    private static String wordClass(Reading r, int i) {
        if (r.isPunct(i)) {
            String s = r.surface(i);
            return s.equals(":") ? "colon" : s.equals(",") ? "comma" : s.matches("[.!?]+") ? "stop"
                    : s.matches("[(\\[]") ? "open-bracket" : "punct";
        }
        for (PosClass c : List.of(PosClass.DETERMINER, PosClass.ADPOSITION, PosClass.PRONOUN, PosClass.PROPER,
                PosClass.FINITE_VERB, PosClass.VERB, PosClass.AUX, PosClass.NOUN, PosClass.ADJECTIVE,
                PosClass.ADVERB, PosClass.CLAUSE_OPENER)) {
            if (r.is(i, c)) {
                return c.key();
            }
        }
        return "other";
    }
}
