package io.newsextract.eval;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsextract.api.Span;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Where gold and predicted items stand in the article text, and how they pair, with the rules of the reference
 * scorer ({@code shared/tools/score.py}): spans are {@code int[]{start, end}} without quote marks, null when the text
 * is not found.
 */
final class TextSpans {

    private static final String QUOTE_CHARS = "\"“”«»‘’'„‚‹›`";

    private TextSpans() {
    }

    /** Greedy one-to-one matching by overlap ≥ thr × the longer span, largest overlaps first (ties as score.py). */
    static List<int[]> match(List<int[]> golds, List<int[]> preds, double thr) {
        List<int[]> pairs = new ArrayList<>();
        for (int gi = 0; gi < golds.size(); gi++) {
            for (int pi = 0; pi < preds.size(); pi++) {
                int[] g = golds.get(gi);
                int[] p = preds.get(pi);
                if (g == null || p == null) {
                    continue;
                }
                int ov = overlap(g, p);
                if (ov > 0 && ov >= thr * Math.max(g[1] - g[0], p[1] - p[0])) {
                    pairs.add(new int[]{ov, gi, pi});
                }
            }
        }
        pairs.sort(Comparator.<int[]>comparingInt(x -> x[0]).thenComparingInt(x -> x[1])
                .thenComparingInt(x -> x[2]).reversed());
        Set<Integer> usedG = new HashSet<>();
        Set<Integer> usedP = new HashSet<>();
        List<int[]> out = new ArrayList<>();
        for (int[] x : pairs) {
            if (usedG.contains(x[1]) || usedP.contains(x[2])) {
                continue;
            }
            usedG.add(x[1]);
            usedP.add(x[2]);
            out.add(new int[]{x[1], x[2]});
        }
        return out;
    }

    /** How pledges pair: the overlap is at least half of the shorter span. */
    static boolean halfOfShorter(int[] a, int[] b) {
        return overlap(a, b) >= 0.5 * Math.min(a[1] - a[0], b[1] - b[0]);
    }

    static int overlap(int[] a, int[] b) {
        return Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0]));
    }

    static int[] locate(String text, String frag, int hint) {
        int i = text.indexOf(frag, hint);
        if (i < 0) {
            i = text.indexOf(frag);
        }
        return i >= 0 ? new int[]{i, i + frag.length()} : null;
    }

    /** The predicted span without quote marks: from its offsets when valid, else by finding its text. */
    static int[] predSpan(String text, JsonNode item) {
        JsonNode s = item.path("start");
        JsonNode e = item.path("end");
        if (s.isInt() && e.isInt() && 0 <= s.asInt() && s.asInt() < e.asInt() && e.asInt() <= text.length()) {
            String frag = text.substring(s.asInt(), e.asInt());
            String core = stripQuotes(frag);
            if (!core.isEmpty()) {
                int off = frag.indexOf(core);
                return new int[]{s.asInt() + off, s.asInt() + off + core.length()};
            }
        }
        String frag = stripQuotes(item.path("text").asText(""));
        return frag.isEmpty() ? null : locate(text, frag, 0);
    }

    static String stripQuotes(String s) {
        String t = s.strip();
        int a = 0;
        int b = t.length();
        String chars = QUOTE_CHARS + " ,.;:";
        while (a < b && chars.indexOf(t.charAt(a)) >= 0) {
            a++;
        }
        while (b > a && chars.indexOf(t.charAt(b - 1)) >= 0) {
            b--;
        }
        return t.substring(a, b).strip();
    }

    static Span span(int[] sp) {
        return sp == null ? null : new Span(sp[0], sp[1]);
    }
}
