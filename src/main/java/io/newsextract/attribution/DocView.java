package io.newsextract.attribution;

import io.newsextract.api.Document;
import io.newsextract.api.Quote;
import io.newsextract.api.Sentence;
import io.newsextract.api.Span;
import io.newsextract.api.Token;
import io.newsextract.lexicon.SpeechLexicon;
import io.newsextract.quote.Paragraphs;
import io.newsextract.quote.SpeechCues;

import java.util.ArrayList;
import java.util.List;

/**
 * The document as one run of words for attribution: tokens of all sentences in order (an expanded multi-word token
 * counted once, as the writer typed it), with the sentence and paragraph of each and whether it lies inside the
 * marks of a direct or partial quote. Indices here are word indices of this view, not character offsets.
 */
final class DocView {

    final Document doc;
    final SpeechLexicon lex;
    final String text;
    final List<Token> words = new ArrayList<>();
    final List<Integer> sentenceOf = new ArrayList<>();
    final List<Integer> sentenceStarts = new ArrayList<>();
    final int[] paragraphOf;
    final boolean[] quoted;

    DocView(Document doc, SpeechLexicon lex) {
        this.doc = doc;
        this.lex = lex;
        this.text = doc.text();
        for (Sentence s : doc.sentences()) {
            sentenceStarts.add(words.size());
            Span last = null;
            for (Token t : s.tokens()) {
                if (!t.span().equals(last)) {
                    words.add(t);
                    sentenceOf.add(sentenceStarts.size() - 1);
                }
                last = t.span();
            }
        }
        sentenceStarts.add(words.size());
        paragraphOf = new int[words.size()];
        List<Span> paragraphs = Paragraphs.of(text);
        int p = 0;
        for (int i = 0; i < words.size(); i++) {
            while (p + 1 < paragraphs.size() && paragraphs.get(p).end() <= words.get(i).start()) {
                p++;
            }
            paragraphOf[i] = p;
        }
        quoted = new boolean[words.size()];
        for (Quote q : doc.quotes()) {
            if (!q.kind().equals("indirect")) {
                Span marked = markedSpan(q);
                for (int i = firstAtOrAfter(marked.start()); i < words.size() && words.get(i).end() <= marked.end(); i++) {
                    quoted[i] = true;
                }
            }
        }
    }

    int size() {
        return words.size();
    }

    String word(int i) {
        return SpeechCues.surface(text, words.get(i));
    }

    String lower(int i) {
        return SpeechLexicon.lower(word(i));
    }

    String pos(int i) {
        return words.get(i).pos();
    }

    int sentence(int i) {
        return sentenceOf.get(i);
    }

    int sentenceStart(int sentence) {
        return sentenceStarts.get(sentence);
    }

    int sentenceEnd(int sentence) {
        return sentenceStarts.get(sentence + 1);
    }

    boolean isPunct(int i) {
        return SpeechCues.isPunctuation(text, words.get(i));
    }

    boolean isVerb(int i) {
        return lex.is("verb", pos(i), "");
    }

    /** Auxiliaries and adverbs, which may stand between a speaker and the speech verb. */
    boolean isSkippable(int i) {
        return lex.is("aux", pos(i), word(i)) || lex.is("adverb", pos(i), word(i));
    }

    boolean isCapitalized(int i) {
        String w = word(i);
        return !w.isEmpty() && Character.isUpperCase(w.codePointAt(0));
    }

    /** The index of the first word starting at or after a character offset. */
    int firstAtOrAfter(int offset) {
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

    Span span(int from, int to) {
        return new Span(words.get(from).start(), words.get(to - 1).end());
    }

    boolean isMark(char c) {
        return lex.quoteMarks().stream().anyMatch(m -> m.open() == c || m.close() == c);
    }

    /** A quote's span with its marks and the punctuation the writer put inside the closing mark. */
    Span markedSpan(Quote q) {
        int s = q.start();
        while (s > 0 && Character.isWhitespace(text.charAt(s - 1))) {
            s--;
        }
        if (s > 0 && isMark(text.charAt(s - 1))) {
            s--;
        } else {
            s = q.start();
        }
        int e = q.end();
        while (e < text.length() && e - q.end() < 3 && ",.;:!? ".indexOf(text.charAt(e)) >= 0) {
            e++;
        }
        e = e < text.length() && isMark(text.charAt(e)) ? e + 1 : q.end();
        return new Span(s, e);
    }
}
