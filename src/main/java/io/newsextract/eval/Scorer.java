package io.newsextract.eval;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsextract.api.Span;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scores one record against one gold file with the matching rules of the reference scorer
 * ({@code shared/tools/score.py}), rule for rule, so the figures agree:
 * quotes match one to one when their spans (without quote marks) overlap by half of the longer; a speaker is right
 * when the predicted and a gold name share a name token (titles ignored); reported speech matches at 0.3; pledges
 * match when span and gold evidence overlap by half of the shorter; sectors and entities compare as sets.
 */
public final class Scorer {

    private static final Set<String> TITLES = Set.of("president", "presidente", "prime", "minister", "ministro",
            "primo", "mr", "mrs", "ms", "dr", "sen", "senator", "rep", "the", "il", "la", "of", "del", "della", "di",
            "de", "chancellor", "premier", "secretary", "gov", "governor", "king", "queen");
    private static final Set<String> NOT_NAMES = Set.of("the", "una", "uno", "gli", "le", "lo");
    private static final String QUOTE_CHARS = "\"“”«»‘’'„‚‹›`";
    private static final Pattern NON_WORD = Pattern.compile("[^\\w\\s-]", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern NAME_SPLIT = Pattern.compile("[\\s-]+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern WORDS = Pattern.compile("[\\w'’.-]+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Set<String> QUOTE_KINDS = Set.of("direct", "partial", "mixed");

    /** A matched or missed item, for the report and the text output. */
    public record Finding(String docId, String what) {
    }

    /** One article's counts and the alignment of items they were counted from. */
    public record Scored(Counts counts, Alignment alignment) {
    }

    private Scorer() {
    }

    /** Counts for one article; {@code pred} is null when the record is missing. Appends misses to {@code findings}. */
    public static Counts score(JsonNode gold, JsonNode pred, String text, List<Finding> findings) {
        return scoreAligned(gold, pred, text, findings).counts();
    }

    /** As {@link #score}, and also which gold and predicted items matched, were missed or were false. */
    public static Scored scoreAligned(JsonNode gold, JsonNode pred, String text, List<Finding> findings) {
        String docId = gold.path("docId").asText();
        Counts c = new Counts();
        c.docs = 1;
        if (pred == null) {
            c.missing = 1;
            pred = com.fasterxml.jackson.databind.node.MissingNode.getInstance();
        }
        List<Alignment.Item> items = new ArrayList<>();
        Alignment.SetDiff sectors = Alignment.SetDiff.NONE;
        Alignment.SetDiff entities = Alignment.SetDiff.NONE;
        scoreQuotes(gold, pred, text, c, docId, findings, items);
        scoreIndirect(gold, pred, text, c, items);
        if (gold.has("sectors")) {
            Set<String> gs = new HashSet<>();
            gold.get("sectors").forEach(s -> gs.add(s.asText()));
            Set<String> ps = new HashSet<>();
            for (JsonNode s : iter(pred.path("sectors"))) {
                ps.add(s.isObject() ? s.path("id").asText(null) : s.asText());
            }
            Set<String> both = new HashSet<>(gs);
            both.retainAll(ps);
            c.sectorTp = both.size();
            c.sectorPred = ps.size();
            c.sectorGold = gs.size();
            sectors = diff(gs, ps);
        }
        if (gold.has("pledges")) {
            scorePledges(gold, pred, text, c, docId, findings, items);
        }
        if (gold.has("entities")) {
            Set<List<String>> ge = new HashSet<>();
            for (JsonNode e : gold.get("entities")) {
                ge.add(List.of(norm(e.get(0).asText()).strip(), coarse(e.get(1).asText())));
            }
            Set<List<String>> pe = new HashSet<>();
            for (JsonNode e : iter(pred.path("entities"))) {
                String type = coarse(e.path("type").asText(""));
                if (Set.of("PERSON", "ORGANIZATION", "LOCATION").contains(type)) {
                    pe.add(List.of(norm(e.path("text").asText("")).strip(), type));
                }
            }
            Set<List<String>> both = new HashSet<>(ge);
            both.retainAll(pe);
            c.entityTp = both.size();
            c.entityGold = ge.size();
            c.entityPred = pe.size();
            entities = diff(labels(ge), labels(pe));
        }
        return new Scored(c, new Alignment(items, sectors, entities));
    }

    private static Set<String> labels(Set<List<String>> entities) {
        Set<String> out = new HashSet<>();
        entities.forEach(e -> out.add(e.get(0) + " (" + e.get(1) + ")"));
        return out;
    }

    private static Alignment.SetDiff diff(Set<String> gold, Set<String> pred) {
        List<String> missed = gold.stream().filter(x -> x != null && !pred.contains(x)).sorted().toList();
        List<String> extra = pred.stream().filter(x -> x != null && !gold.contains(x)).sorted().toList();
        return new Alignment.SetDiff(missed, extra);
    }

    private static Span span(int[] sp) {
        return sp == null ? null : new Span(sp[0], sp[1]);
    }

    private static void scoreQuotes(JsonNode gold, JsonNode pred, String text, Counts c, String docId,
                                    List<Finding> findings, List<Alignment.Item> items) {
        List<JsonNode> gq = new ArrayList<>();
        List<Integer> gIndex = new ArrayList<>();
        int gAt = 0;
        for (JsonNode q : iter(gold.path("quotes"))) {
            if (QUOTE_KINDS.contains(q.path("kind").asText("direct"))) {
                gq.add(q);
                gIndex.add(gAt);
            }
            gAt++;
        }
        List<int[]> gspans = new ArrayList<>();
        int hint = 0;
        for (JsonNode q : gq) {
            int[] sp = locate(text, q.path("text").asText(), hint);
            gspans.add(sp);
            hint = sp != null ? sp[1] : hint;
        }
        List<JsonNode> pq = new ArrayList<>();
        List<Integer> pIndex = new ArrayList<>();
        int pAt = -1;
        List<int[]> pspans = new ArrayList<>();
        List<int[]> ignored = new ArrayList<>();
        for (JsonNode t : iter(gold.path("ignoreQuotes"))) {
            ignored.add(locate(text, t.asText(), 0));
        }
        for (JsonNode q : iter(pred.path("quotes"))) {
            pAt++;
            String kind = q.path("kind").isNull() ? "direct" : q.path("kind").asText("direct");
            if (!QUOTE_KINDS.contains(kind.isEmpty() ? "direct" : kind)) {
                continue;
            }
            int[] sp = predSpan(text, q);
            boolean ignore = false;
            for (int[] g : ignored) {
                if (g != null && sp != null && overlap(g, sp) >= 0.5 * (g[1] - g[0])) {
                    ignore = true;
                }
            }
            if (!ignore) {
                pq.add(q);
                pIndex.add(pAt);
                pspans.add(sp);
            }
        }
        List<int[]> m = match(gspans, pspans, 0.5);
        c.quoteTp = m.size();
        c.quotePred = pq.size();
        c.quoteGold = gq.size();
        Set<Integer> found = new HashSet<>();
        m.forEach(p -> found.add(p[0]));
        for (int gi = 0; gi < gq.size(); gi++) {
            if (!found.contains(gi)) {
                findings.add(new Finding(docId, "missed quote: " + head(gq.get(gi).path("text").asText(), 70)));
                items.add(new Alignment.Item("quote", "miss", gIndex.get(gi), -1, span(gspans.get(gi)), null,
                        gq.get(gi).path("text").asText(), speakers(gq.get(gi)), null, null));
            }
        }
        Set<Integer> matchedPred = new HashSet<>();
        m.forEach(p -> matchedPred.add(p[1]));
        for (int pi = 0; pi < pq.size(); pi++) {
            if (!matchedPred.contains(pi)) {
                items.add(new Alignment.Item("quote", "false", -1, pIndex.get(pi), null, span(pspans.get(pi)),
                        null, List.of(), speakerName(pq.get(pi)), null));
            }
        }
        for (int[] pair : m) {
            List<String> golds = speakers(gq.get(pair[0]));
            String name = speakerName(pq.get(pair[1]));
            boolean scored = golds.stream().anyMatch(Scorer::isNamed);
            boolean right = scored && samePerson(name, golds);
            items.add(new Alignment.Item("quote", "match", gIndex.get(pair[0]), pIndex.get(pair[1]),
                    span(gspans.get(pair[0])), span(pspans.get(pair[1])), gq.get(pair[0]).path("text").asText(),
                    golds, name, scored ? right : null));
            if (!scored) {
                continue;
            }
            c.speakerScored++;
            if (right) {
                c.speakerOk++;
            } else {
                findings.add(new Finding(docId, "wrong speaker '" + name + "' for '"
                        + head(gq.get(pair[0]).path("text").asText(), 50) + "' (gold " + golds.get(0) + ")"));
            }
        }
    }

    private static void scoreIndirect(JsonNode gold, JsonNode pred, String text, Counts c,
                                      List<Alignment.Item> items) {
        List<int[]> gsp = new ArrayList<>();
        List<Integer> gIndex = new ArrayList<>();
        List<JsonNode> gq = new ArrayList<>();
        int gAt = 0;
        for (JsonNode q : iter(gold.path("quotes"))) {
            if ("indirect".equals(q.path("kind").asText())) {
                gsp.add(locate(text, q.path("text").asText(), 0));
                gIndex.add(gAt);
                gq.add(q);
            }
            gAt++;
        }
        if (gsp.isEmpty()) {
            return;
        }
        List<int[]> psp = new ArrayList<>();
        List<Integer> pIndex = new ArrayList<>();
        int pAt = 0;
        for (JsonNode q : iter(pred.path("quotes"))) {
            if ("indirect".equals(q.path("kind").asText())) {
                psp.add(predSpan(text, q));
                pIndex.add(pAt);
            }
            pAt++;
        }
        List<int[]> m = match(gsp, psp, 0.3);
        Set<Integer> usedG = new HashSet<>();
        Set<Integer> usedP = new HashSet<>();
        for (int[] pair : m) {
            usedG.add(pair[0]);
            usedP.add(pair[1]);
            items.add(new Alignment.Item("indirect", "match", gIndex.get(pair[0]), pIndex.get(pair[1]),
                    span(gsp.get(pair[0])), span(psp.get(pair[1])), gq.get(pair[0]).path("text").asText(),
                    speakers(gq.get(pair[0])), null, null));
        }
        for (int gi = 0; gi < gsp.size(); gi++) {
            if (!usedG.contains(gi)) {
                items.add(new Alignment.Item("indirect", "miss", gIndex.get(gi), -1, span(gsp.get(gi)), null,
                        gq.get(gi).path("text").asText(), speakers(gq.get(gi)), null, null));
            }
        }
        for (int pi = 0; pi < psp.size(); pi++) {
            if (!usedP.contains(pi)) {
                items.add(new Alignment.Item("indirect", "false", -1, pIndex.get(pi), null, span(psp.get(pi)),
                        null, List.of(), null, null));
            }
        }
        c.indirectTp = m.size();
        c.indirectPred = psp.size();
        c.indirectGold = gsp.size();
    }

    private static void scorePledges(JsonNode gold, JsonNode pred, String text, Counts c, String docId,
                                     List<Finding> findings, List<Alignment.Item> items) {
        List<int[]> gp = new ArrayList<>();
        for (JsonNode p : gold.get("pledges")) {
            gp.add(locate(text, p.path("evidence").asText(), 0));
        }
        List<int[]> pp = new ArrayList<>();
        for (JsonNode p : iter(pred.path("pledges"))) {
            pp.add(predSpan(text, p));
        }
        Set<Integer> usedGold = new HashSet<>();
        Set<Integer> usedPred = new HashSet<>();
        for (int a = 0; a < gp.size(); a++) {
            for (int b = 0; b < pp.size(); b++) {
                int[] g = gp.get(a);
                int[] p = pp.get(b);
                if (g == null || p == null || usedGold.contains(a) || usedPred.contains(b)) {
                    continue;
                }
                if (overlap(g, p) >= 0.5 * Math.min(g[1] - g[0], p[1] - p[0])) {
                    usedGold.add(a);
                    usedPred.add(b);
                    items.add(new Alignment.Item("pledge", "match", a, b, span(g), span(p),
                            gold.get("pledges").get(a).path("evidence").asText(), List.of(), null, null));
                }
            }
        }
        for (int a = 0; a < gp.size(); a++) {
            if (!usedGold.contains(a)) {
                findings.add(new Finding(docId, "missed pledge: "
                        + head(gold.get("pledges").get(a).path("evidence").asText(), 70)));
                items.add(new Alignment.Item("pledge", "miss", a, -1, span(gp.get(a)), null,
                        gold.get("pledges").get(a).path("evidence").asText(), List.of(), null, null));
            }
        }
        for (int b = 0; b < pp.size(); b++) {
            if (!usedPred.contains(b)) {
                items.add(new Alignment.Item("pledge", "false", -1, b, null, span(pp.get(b)), null, List.of(),
                        null, null));
            }
        }
        c.pledgeTp = usedGold.size();
        c.pledgePred = pp.size();
        c.pledgeGold = gp.size();
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

    static String norm(String s) {
        String n = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return NON_WORD.matcher(n).replaceAll(" ");
    }

    static Set<String> nameTokens(String s) {
        Set<String> out = new HashSet<>();
        for (String t : NAME_SPLIT.split(norm(s))) {
            if (t.codePointCount(0, t.length()) >= 3 && !TITLES.contains(t)) {
                out.add(t);
            }
        }
        return out;
    }

    static boolean samePerson(String pred, List<String> golds) {
        if (pred == null || pred.isEmpty()) {
            return false;
        }
        Set<String> p = nameTokens(pred);
        for (String g : golds) {
            Set<String> shared = new HashSet<>(p);
            shared.retainAll(nameTokens(g));
            if (!shared.isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** True when a gold speaker is a name: a capitalised word of 3+ letters that is no title or article. */
    static boolean isNamed(String s) {
        Matcher m = WORDS.matcher(s == null ? "" : s);
        while (m.find()) {
            String w = m.group();
            String bare = strip(w, '.');
            String lower = strip(w.toLowerCase(Locale.ROOT), '.');
            if (Character.isUpperCase(w.codePointAt(0)) && bare.codePointCount(0, bare.length()) >= 3
                    && !TITLES.contains(lower) && !NOT_NAMES.contains(lower)) {
                return true;
            }
        }
        return false;
    }

    private static String strip(String s, char c) {
        int a = 0;
        int b = s.length();
        while (a < b && s.charAt(a) == c) {
            a++;
        }
        while (b > a && s.charAt(b - 1) == c) {
            b--;
        }
        return s.substring(a, b);
    }

    static String coarse(String type) {
        String t = type == null ? "" : type.toUpperCase(Locale.ROOT);
        return switch (t) {
            case "PER" -> "PERSON";
            case "ORG" -> "ORGANIZATION";
            case "LOC", "GPE", "COUNTRY", "CITY", "STATE_OR_PROVINCE" -> "LOCATION";
            default -> t;
        };
    }

    private static List<String> speakers(JsonNode goldQuote) {
        List<String> out = new ArrayList<>();
        goldQuote.path("speakers").forEach(s -> out.add(s.asText()));
        return out;
    }

    private static String speakerName(JsonNode q) {
        JsonNode sp = q.path("speaker");
        if (sp.isObject()) {
            return sp.path("name").isTextual() ? sp.path("name").asText() : null;
        }
        return sp.isTextual() ? sp.asText() : null;
    }

    private static Iterable<JsonNode> iter(JsonNode n) {
        return n.isArray() ? n : List.of();
    }

    private static String head(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n);
    }
}
