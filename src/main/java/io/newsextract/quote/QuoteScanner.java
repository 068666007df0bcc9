package io.newsextract.quote;

import io.newsextract.api.Span;
import io.newsextract.lexicon.SpeechLexicon.QuoteMark;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds quoted stretches in a text, paragraph by paragraph. A quote mark opens only where a quote can begin (a
 * straight or single mark after a space or an opening bracket, never between two letters as an apostrophe does) and
 * closes at its own closing mark; marks inside an open quote are part of its words (nested quotes). A quote still
 * open at the end of a paragraph continues when the next paragraph reopens it, as multi-paragraph quotes do.
 */
final class QuoteScanner {

    /** A quoted stretch: its words without the marks, [start, end) in the scanned text; where its opening mark is. */
    record Found(int start, int end, int markStart, int markEnd, boolean continued, boolean unclosed) {
    }

    private static final String OPENING_CONTEXT = "([{—–-/\n\t \u00A0";

    private final List<QuoteMark> marks;

    QuoteScanner(List<QuoteMark> marks) {
        this.marks = List.copyOf(marks);
    }

    List<Found> scan(String text, List<int[]> paragraphs) {
        List<Found> out = new ArrayList<>();
        QuoteMark pending = null;
        for (int k = 0; k < paragraphs.size(); k++) {
            int[] p = paragraphs.get(k);
            char nextStart = k + 1 < paragraphs.size() ? text.charAt(paragraphs.get(k + 1)[0]) : '\n';
            pending = scanParagraph(text, p[0], p[1], pending, nextStart, out);
        }
        return out;
    }

    /** Scans one paragraph; returns the mark still open at its end, or null. */
    private QuoteMark scanParagraph(String text, int from, int to, QuoteMark pending, char nextStart,
                                    List<Found> out) {
        boolean continued = pending != null && text.charAt(from) == pending.open();
        QuoteMark open = null;
        int contentStart = -1;
        int markStart = -1;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (open == null) {
                QuoteMark m = opener(text, i, from, to, continued && i == from, nextStart);
                if (m != null) {
                    open = m;
                    markStart = i;
                    contentStart = i + 1;
                }
            } else if (c == open.close() && isCloser(text, i, from, to, open)) {
                add(text, contentStart, i, markStart, i + 1, continued && markStart == from, false, out);
                open = null;
            }
        }
        if (open == null) {
            return null;
        }
        boolean keep = !open.inner() && (open.open() != open.close() || nextStart == open.open());
        if (keep) {
            add(text, contentStart, to, markStart, to, continued && markStart == from, true, out);
        }
        return keep ? open : null;
    }

    /**
     * The pair a mark at {@code i} opens, or null. {@code nextStart}: the first character of the next paragraph, for a
     * straight mark at a paragraph start, or opening a sentence, that is only closed in a later paragraph.
     */
    private QuoteMark opener(String text, int i, int from, int to, boolean reopened, char nextStart) {
        char c = text.charAt(i);
        for (QuoteMark m : marks) {
            if (c != m.open()) {
                continue;
            }
            if (reopened) {
                return m;
            }
            char prev = i > from ? text.charAt(i - 1) : '\n';
            char next = i + 1 < to ? text.charAt(i + 1) : '\n';
            boolean symmetric = m.open() == m.close();
            if ((symmetric || m.inner()) && !(OPENING_CONTEXT.indexOf(prev) >= 0 || isMark(prev))) {
                continue;
            }
            if ((symmetric || m.inner()) && Character.isWhitespace(next)) {
                continue;
            }
            if (m.inner() && (!Character.isLetterOrDigit(next) || isDecade(text, i + 1, to))) {
                continue;
            }
            boolean runsOn = symmetric && !m.inner() && nextStart == m.open()
                    && (i == from || opensSentence(text, i, from));
            if ((symmetric || m.inner()) && closerAfter(text, i + 1, from, to, m) < 0 && !runsOn) {
                continue;
            }
            return m;
        }
        return null;
    }

    /**
     * "… Cloutier said. "The problem is …" with no closing mark before the paragraph ends: a mark that opens a
     * sentence of its own (after a full stop, a colon or a quote, before a capital) may run on into the next paragraph.
     */
    private boolean opensSentence(String text, int i, int from) {
        int p = i - 1;
        while (p >= from && Character.isWhitespace(text.charAt(p))) {
            p--;
        }
        return p >= from && ".!?:".indexOf(text.charAt(p)) >= 0 && i + 1 < text.length()
                && Character.isUpperCase(text.charAt(i + 1));
    }

    private int closerAfter(String text, int i, int from, int to, QuoteMark m) {
        for (int j = i; j < to; j++) {
            if (text.charAt(j) == m.close() && isCloser(text, j, from, to, m)) {
                return j;
            }
        }
        return -1;
    }

    private static boolean isCloser(String text, int i, int from, int to, QuoteMark m) {
        char prev = i > from ? text.charAt(i - 1) : '\n';
        char next = i + 1 < to ? text.charAt(i + 1) : '\n';
        if (m.inner()) {
            return !Character.isWhitespace(prev) && !Character.isLetterOrDigit(next);
        }
        if (m.open() == m.close()) {
            return !Character.isWhitespace(prev) || Character.isWhitespace(next) || !Character.isLetterOrDigit(next);
        }
        return true;
    }

    /** '90s, ’80s: an apostrophe before a decade, not a quote. */
    private static boolean isDecade(String text, int i, int to) {
        return i + 2 < to && Character.isDigit(text.charAt(i)) && Character.isDigit(text.charAt(i + 1))
                && text.charAt(i + 2) == 's';
    }

    private boolean isMark(char c) {
        for (QuoteMark m : marks) {
            if (m.open() == c || m.close() == c) {
                return true;
            }
        }
        return false;
    }

    /** Adds the stretch without surrounding spaces and without the trailing comma or full stop the writer adds. */
    private static void add(String text, int start, int end, int markStart, int markEnd, boolean continued,
                            boolean unclosed, List<Found> out) {
        Span s = Span.stripped(text, start, end, "", ",.;:");
        if (s.length() > 0) {
            out.add(new Found(s.start(), s.end(), markStart, markEnd, continued, unclosed));
        }
    }
}
