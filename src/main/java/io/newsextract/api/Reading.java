package io.newsextract.api;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One reading of a document that the stages after tagging share, built once in linear time: its words (multi-word
 * tokens merged once, see {@link Word}), the word range of each sentence, its {@link Paragraph}s, the word classes of
 * every word, and, as the quote stages find them, the quote spans with their marks and the speech cues. Word indices
 * ({@code int i} below) are positions in {@link #words()}. Immutable.
 */
public final class Reading {

    private final String text;
    private final List<Word> words;
    private final String[] lowers;
    private final int[] sentenceStarts;
    private final List<Paragraph> paragraphs;
    private final long[] tagClasses;
    private final long[] wordClasses;
    private final Map<Span, QuoteSpan> quoteSpans;
    private final boolean[] quoted;
    private final List<SpeechCue> cues;

    private Reading(String text, List<Word> words, String[] lowers, int[] sentenceStarts, List<Paragraph> paragraphs,
                    long[] tagClasses, long[] wordClasses, Map<Span, QuoteSpan> quoteSpans, boolean[] quoted,
                    List<SpeechCue> cues) {
        this.text = text;
        this.words = words;
        this.lowers = lowers;
        this.sentenceStarts = sentenceStarts;
        this.paragraphs = paragraphs;
        this.tagClasses = tagClasses;
        this.wordClasses = wordClasses;
        this.quoteSpans = quoteSpans;
        this.quoted = quoted;
        this.cues = cues;
    }

    /**
     * Reads a tagged document. {@code cleanParagraphs}: paragraph spans of the clean text in text order (see
     * {@link Paragraphs}); {@code classes}: the language's word classes.
     */
    public static Reading of(Document doc, List<Span> cleanParagraphs, PosClass.Source classes) {
        String text = doc.text();
        List<Paragraph> paras = new ArrayList<>(cleanParagraphs.size());
        cleanParagraphs.forEach(p -> paras.add(new Paragraph(paras.size(), doc.clean().offsets().toOriginal(p), p)));
        List<Word> words = new ArrayList<>(doc.tokenCount());
        int[] starts = new int[doc.sentences().size() + 1];
        int p = 0;
        for (int s = 0; s < doc.sentences().size(); s++) {
            starts[s] = words.size();
            for (List<Token> group : Word.group(doc.sentences().get(s).tokens())) {
                Span span = group.get(0).span();
                while (p + 1 < paras.size() && paras.get(p).span().end() <= span.start()) {
                    p++;
                }
                words.add(new Word(words.size(), span, span.of(text), group, s, p));
            }
        }
        starts[starts.length - 1] = words.size();
        long[] byTag = new long[words.size()];
        long[] byWord = new long[words.size()];
        String[] lowers = new String[words.size()];
        Map<String, Long> tagMasks = new HashMap<>();
        Map<String, Long> wordMasks = new HashMap<>();
        for (Word w : words) {
            String tag = w.pos();
            byTag[w.index()] = tag == null ? 0 : tagMasks.computeIfAbsent(tag, t -> mask(c -> classes.byTag(c, t)));
            lowers[w.index()] = lower(w.surface());
            byWord[w.index()] = wordMasks.computeIfAbsent(lowers[w.index()], x -> mask(c -> classes.byWord(c, x)));
        }
        return new Reading(text, List.copyOf(words), lowers, starts, List.copyOf(paras), byTag, byWord, Map.of(),
                new boolean[words.size()], List.of());
    }

    private static long mask(java.util.function.Predicate<PosClass> member) {
        long m = 0;
        for (PosClass c : PosClass.values()) {
            if (member.test(c)) {
                m |= 1L << c.ordinal();
            }
        }
        return m;
    }

    /** This reading with the direct and partial quotes found: words inside their marks become {@link #quoted}. */
    public Reading withQuoteSpans(List<QuoteSpan> spans) {
        Map<Span, QuoteSpan> byContent = new HashMap<>();
        boolean[] inside = new boolean[words.size()];
        for (QuoteSpan q : spans) {
            byContent.put(q.content(), q);
            for (int i = firstAtOrAfter(q.marked().start()); i < words.size() && words.get(i).end() <= q.marked().end(); i++) {
                inside[i] = true;
            }
        }
        return new Reading(text, words, lowers, sentenceStarts, paragraphs, tagClasses, wordClasses, Map.copyOf(byContent),
                inside, cues);
    }

    /** This reading with the speech cues found in its sentences. */
    public Reading withCues(List<SpeechCue> found) {
        return new Reading(text, words, lowers, sentenceStarts, paragraphs, tagClasses, wordClasses, quoteSpans, quoted,
                List.copyOf(found));
    }

    public String text() {
        return text;
    }

    public List<Word> words() {
        return words;
    }

    public int size() {
        return words.size();
    }

    public Word word(int i) {
        return words.get(i);
    }

    /** Whether the word is an em or en dash, which sets off an insertion ("— he said —"). */
    public boolean isDash(int i) {
        String w = surface(i);
        return w.equals("—") || w.equals("–");
    }

    /** The word as written. */
    public String surface(int i) {
        return words.get(i).surface();
    }

    /** The word as written, lower case, without surrounding space. */
    public String lower(int i) {
        return lowers[i];
    }

    public String pos(int i) {
        return words.get(i).pos();
    }

    public int sentence(int i) {
        return words.get(i).sentence();
    }

    public int sentenceCount() {
        return sentenceStarts.length - 1;
    }

    /** The first word of a sentence. */
    public int sentenceStart(int sentence) {
        return sentenceStarts[sentence];
    }

    /** The word after the last word of a sentence. */
    public int sentenceEnd(int sentence) {
        return sentenceStarts[sentence + 1];
    }

    public List<Paragraph> paragraphs() {
        return paragraphs;
    }

    /** The id of the word's paragraph. */
    public int paragraph(int i) {
        return words.get(i).paragraph();
    }

    /** Whether the word's tag or the word itself puts it in the class. */
    public boolean is(int i, PosClass c) {
        return ((tagClasses[i] | wordClasses[i]) & (1L << c.ordinal())) != 0;
    }

    /** Whether the word's tag puts it in the class. */
    public boolean hasTag(int i, PosClass c) {
        return (tagClasses[i] & (1L << c.ordinal())) != 0;
    }

    /** Whether the word itself is listed in the class. */
    public boolean isListed(int i, PosClass c) {
        return (wordClasses[i] & (1L << c.ordinal())) != 0;
    }

    /**
     * Auxiliaries, adverbs and clitics, which may stand between a subject and its verb ("has also said", "ha poi
     * detto", "si è impegnato").
     */
    public boolean isSkippable(int i) {
        return is(i, PosClass.AUX) || is(i, PosClass.ADVERB) || is(i, PosClass.CLITIC);
    }

    /** Whether the word is only punctuation. */
    public boolean isPunct(int i) {
        return isPunctuation(surface(i));
    }

    /** Whether a piece of text has no letter or digit. */
    public static boolean isPunctuation(String s) {
        return s.codePoints().noneMatch(Character::isLetterOrDigit);
    }

    public boolean isCapitalized(int i) {
        String w = surface(i);
        return !w.isEmpty() && Character.isUpperCase(w.codePointAt(0));
    }

    /** Whether the word lies inside the marks of a direct or partial quote. */
    public boolean quoted(int i) {
        return quoted[i];
    }

    /** The index of the first word starting at or after a character offset ({@link #size()} when none). */
    public int firstAtOrAfter(int offset) {
        int lo = 0;
        int hi = words.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (words.get(mid).start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The words of a span: [first word starting in it, word after the last word ending in it). */
    public int[] wordsIn(Span span) {
        int from = firstAtOrAfter(span.start());
        int to = from;
        while (to < words.size() && words.get(to).end() <= span.end()) {
            to++;
        }
        return new int[]{from, to};
    }

    /** The text span of words [from, to). */
    public Span span(int from, int to) {
        return new Span(words.get(from).start(), words.get(to - 1).end());
    }

    /**
     * Matches {@code phrase} (lower case words, "*" = any one word) at word {@code i}, before word {@code limit};
     * returns the word after the match, or -1.
     */
    public int phraseAt(int i, List<String> phrase, int limit) {
        int k = i;
        for (String w : phrase) {
            if (k >= limit || !w.equals("*") && !w.equals(lower(k))) {
                return -1;
            }
            k++;
        }
        return k;
    }

    /** A direct or partial quote's span with its marks; an indirect quote's own span. */
    public Span markedSpan(Quote q) {
        QuoteSpan s = quoteSpans.get(q.span());
        return s == null ? q.span() : s.marked();
    }

    /** The speech cues found, in text order. */
    public List<SpeechCue> cues() {
        return cues;
    }

    public static String lower(String s) {
        return s.strip().toLowerCase(Locale.ROOT);
    }
}
