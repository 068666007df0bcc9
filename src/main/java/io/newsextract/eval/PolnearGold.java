package io.newsextract.eval;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsextract.corpora.Polnear;
import io.newsextract.io.Json;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The gold quotes of a PolNeAR article under the rules of {@code shared/tools/polnear_to_gold.py} (its
 * {@code gold_quotes}, ported rule for rule, so that {@code eval --polnear} equals {@code eval --gold} on the
 * converter's files): every “…” or "…" span whose inside overlaps an attribution's content by at least half of the
 * quote is a direct (covers 80% of the content fragment) or partial quote of that attribution's source; content
 * fragments no quote overlaps are indirect; the first occurrence of a text wins.
 */
public final class PolnearGold {

    /** One gold quote: the words, the source as written (empty when the attribution has none), the kind. */
    public record GoldQuote(String text, String source, String kind) {
    }

    private static final Pattern MARKS = Pattern.compile("“([^“”]+)”|\"([^\"\\n]+)\"");

    private PolnearGold() {
    }

    /** The inside of every quote-mark span of the text, [start, end), as the converter finds them. */
    public static List<int[]> markSpans(String text) {
        List<int[]> out = new ArrayList<>();
        Matcher m = MARKS.matcher(text);
        while (m.find()) {
            int g = m.group(1) != null ? 1 : 2;
            out.add(new int[]{m.start(g), m.end(g)});
        }
        return out;
    }

    /** Whether the inside [a, b) of a quote-mark span overlaps the fragment [cs, ce) by at least half of itself. */
    public static boolean mostlyInside(int a, int b, int cs, int ce) {
        return Math.min(b, ce) - Math.max(a, cs) >= 0.5 * (b - a);
    }

    public static List<GoldQuote> quotes(Polnear.Article article) {
        String text = article.text();
        List<int[]> marks = markSpans(text);
        List<GoldQuote> quotes = new ArrayList<>();
        Set<Integer> taken = new HashSet<>();
        for (Polnear.Attribution a : article.attributions()) {
            String source = a.source() == null ? "" : a.source().text(text);
            for (int[] fragment : a.content().parts()) {
                int cs = fragment[0], ce = fragment[1];
                boolean any = false;
                for (int k = 0; k < marks.size(); k++) {
                    int[] m = marks.get(k);
                    if (!mostlyInside(m[0], m[1], cs, ce)) {
                        continue;
                    }
                    any = true;
                    if (!taken.add(k)) {
                        continue;
                    }
                    String q = strip(text.substring(m[0], m[1]), " ,.");
                    if (!q.isEmpty()) {
                        quotes.add(new GoldQuote(q, source, m[1] - m[0] >= 0.8 * (ce - cs) ? "direct" : "partial"));
                    }
                }
                String content = pyStrip(text.substring(cs, ce));
                if (!any && !content.isEmpty()) {
                    quotes.add(new GoldQuote(content, source, "indirect"));
                }
            }
        }
        Set<String> seen = new LinkedHashSet<>();
        List<GoldQuote> out = new ArrayList<>();
        for (GoldQuote q : quotes) {
            if (text.contains(q.text()) && seen.add(q.text())) {
                out.add(q);
            }
        }
        return out;
    }

    /** The article as a gold file of the shared format ({@code docId}, {@code file}, {@code language}, quotes). */
    public static ObjectNode goldFile(Polnear.Article article) {
        ObjectNode gold = Json.MAPPER.createObjectNode();
        gold.put("docId", article.id());
        gold.put("file", "text/" + article.id() + ".txt");
        gold.put("language", "en");
        ArrayNode quotes = gold.putArray("quotes");
        for (GoldQuote q : quotes(article)) {
            ObjectNode o = quotes.addObject();
            o.put("text", q.text());
            ArrayNode speakers = o.putArray("speakers");
            if (!q.source().isEmpty()) {
                speakers.add(q.source());
            }
            o.put("kind", q.kind());
        }
        return gold;
    }

    /** Python's {@code str.strip(chars)}. */
    private static String strip(String s, String chars) {
        int from = 0, to = s.length();
        while (from < to && chars.indexOf(s.charAt(from)) >= 0) {
            from++;
        }
        while (to > from && chars.indexOf(s.charAt(to - 1)) >= 0) {
            to--;
        }
        return s.substring(from, to);
    }

    /** Python's {@code str.strip()}: Unicode white space, no-break spaces included. */
    private static String pyStrip(String s) {
        int from = 0, to = s.length();
        while (from < to && isSpace(s.charAt(from))) {
            from++;
        }
        while (to > from && isSpace(s.charAt(to - 1))) {
            to--;
        }
        return s.substring(from, to);
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || (c >= 0x1c && c <= 0x1f) || c == 0x85;
    }
}
