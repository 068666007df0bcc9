package io.newsextract.api;

import java.util.ArrayList;
import java.util.List;

/**
 * What a paragraph is, for every stage. Paragraphs end at blank lines, and at single line breaks too — a text with
 * no blank lines has one paragraph a line — except where the line break falls inside a sentence or inside a quote:
 * <ul>
 *   <li>in hard-wrapped text (most line breaks fall inside sentences), only blank lines end paragraphs;</li>
 *   <li>a line that does not end a sentence, followed by one in lower case, goes on in the same paragraph
 *       ("…risultano ingenti:\nsi stimano…", as Italian Wikinews is written, one sentence a line);</li>
 *   <li>a line that leaves a quote open, when the next line does not reopen it, goes on in the same paragraph
 *       ("«Se vuoi … vederti.\nNon puoi coprirti il volto»."); a next line that reopens the quote starts a new
 *       paragraph, as quotes running over several paragraphs do.</li>
 * </ul>
 */
public final class Paragraphs {

    private static final String SENTENCE_ENDS = ".!?:;»”\"'’)";
    /** What ends a sentence for good: after anything else, a line in lower case goes on with it. */
    private static final String FINAL_STOPS = ".!?…";

    private Paragraphs() {
    }

    /**
     * Paragraph spans of {@code text} without surrounding white space. {@code opening} and {@code closing} are the
     * quote marks that open and close a quote and differ from each other (« and », “ and ”), in pairs.
     */
    public static List<Span> of(String text, String opening, String closing) {
        boolean hardWrapped = isHardWrapped(text);
        List<Span> out = new ArrayList<>();
        int start = 0;
        int lineStart = 0;
        int depth = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i < text.length() && text.charAt(i) != '\n') {
                continue;
            }
            depth = Math.max(0, depth + balance(text, lineStart, i, opening, closing));
            int next = i + 1;
            while (next < text.length() && text.charAt(next) != '\n' && Character.isWhitespace(text.charAt(next))) {
                next++;
            }
            boolean last = i == text.length();
            boolean blank = !last && (next >= text.length() || text.charAt(next) == '\n');
            boolean ends = last || blank || !hardWrapped && !continues(text, lineStart, i, next, depth, opening);
            if (ends) {
                addTrimmed(text, start, i, out);
                start = i + 1;
                depth = 0;
            }
            lineStart = i + 1;
        }
        return out;
    }

    /** Whether the line [lineStart, end) goes on in the line starting at {@code next}. */
    private static boolean continues(String text, int lineStart, int end, int next, int depth, String opening) {
        Span line = Span.stripped(text, lineStart, end);
        if (line.length() == 0) {
            return false;
        }
        char first = text.charAt(next);
        if (depth > 0 && opening.indexOf(first) < 0) {
            return true;
        }
        char last = text.charAt(line.end() - 1);
        return FINAL_STOPS.indexOf(last) < 0 && Character.isLowerCase(text.codePointAt(next));
    }

    /** Opening minus closing marks in [from, to). */
    private static int balance(String text, int from, int to, String opening, String closing) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (opening.indexOf(c) >= 0) {
                n++;
            } else if (closing.indexOf(c) >= 0) {
                n--;
            }
        }
        return n;
    }

    private static void addTrimmed(String text, int start, int end, List<Span> out) {
        Span s = Span.stripped(text, start, end);
        if (s.length() > 0) {
            out.add(s);
        }
    }

    /**
     * True when most line breaks fall inside sentences: the line does not end a sentence and the next one goes on
     * in lower case, as in e-mail or wire text wrapped at a fixed width.
     */
    public static boolean isHardWrapped(String text) {
        String[] lines = text.split("\n");
        int breaks = 0;
        int inside = 0;
        for (int k = 0; k + 1 < lines.length; k++) {
            String a = lines[k].strip();
            String b = lines[k + 1].strip();
            if (a.isEmpty() || b.isEmpty()) {
                continue;
            }
            breaks++;
            char last = a.charAt(a.length() - 1);
            if (SENTENCE_ENDS.indexOf(last) < 0 && Character.isLowerCase(b.codePointAt(0))) {
                inside++;
            }
        }
        return breaks >= 3 && inside * 2 > breaks;
    }
}
