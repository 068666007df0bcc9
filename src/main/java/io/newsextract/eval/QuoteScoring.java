package io.newsextract.eval;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The quote fields of one article under the reference scorer's rules: direct, partial and mixed quotes pair one to one
 * when their spans overlap by half of the longer, and then their speakers are compared; reported speech pairs at 0.3.
 */
final class QuoteScoring {

    private static final Set<String> QUOTE_KINDS = Set.of("direct", "partial", "mixed");

    private QuoteScoring() {
    }

    static void scoreQuotes(JsonNode gold, JsonNode pred, String text, Counts c, String docId,
                                    List<Scorer.Finding> findings, List<Alignment.Item> items) {
        List<JsonNode> gq = new ArrayList<>();
        List<Integer> gIndex = new ArrayList<>();
        int gAt = 0;
        for (JsonNode q : Scorer.iter(gold.path("quotes"))) {
            if (QUOTE_KINDS.contains(q.path("kind").asText("direct"))) {
                gq.add(q);
                gIndex.add(gAt);
            }
            gAt++;
        }
        List<int[]> gspans = new ArrayList<>();
        int hint = 0;
        for (JsonNode q : gq) {
            int[] sp = TextSpans.locate(text, q.path("text").asText(), hint);
            gspans.add(sp);
            hint = sp != null ? sp[1] : hint;
        }
        List<JsonNode> pq = new ArrayList<>();
        List<Integer> pIndex = new ArrayList<>();
        int pAt = -1;
        List<int[]> pspans = new ArrayList<>();
        List<int[]> ignored = new ArrayList<>();
        for (JsonNode t : Scorer.iter(gold.path("ignoreQuotes"))) {
            ignored.add(TextSpans.locate(text, t.asText(), 0));
        }
        for (JsonNode q : Scorer.iter(pred.path("quotes"))) {
            pAt++;
            String kind = q.path("kind").isNull() ? "direct" : q.path("kind").asText("direct");
            if (!QUOTE_KINDS.contains(kind.isEmpty() ? "direct" : kind)) {
                continue;
            }
            int[] sp = TextSpans.predSpan(text, q);
            boolean ignore = false;
            for (int[] g : ignored) {
                if (g != null && sp != null && TextSpans.overlap(g, sp) >= 0.5 * (g[1] - g[0])) {
                    ignore = true;
                }
            }
            if (!ignore) {
                pq.add(q);
                pIndex.add(pAt);
                pspans.add(sp);
            }
        }
        List<int[]> m = TextSpans.match(gspans, pspans, 0.5);
        c.quoteTp = m.size();
        c.quotePred = pq.size();
        c.quoteGold = gq.size();
        Set<Integer> found = new HashSet<>();
        m.forEach(p -> found.add(p[0]));
        for (int gi = 0; gi < gq.size(); gi++) {
            if (!found.contains(gi)) {
                findings.add(new Scorer.Finding(docId, "missed quote: "
                        + Scorer.head(gq.get(gi).path("text").asText(), 70)));
                items.add(new Alignment.Item("quote", "miss", gIndex.get(gi), -1, TextSpans.span(gspans.get(gi)), null,
                        gq.get(gi).path("text").asText(), speakers(gq.get(gi)), null, null));
            }
        }
        Set<Integer> matchedPred = new HashSet<>();
        m.forEach(p -> matchedPred.add(p[1]));
        for (int pi = 0; pi < pq.size(); pi++) {
            if (!matchedPred.contains(pi)) {
                items.add(new Alignment.Item("quote", "false", -1, pIndex.get(pi), null, TextSpans.span(pspans.get(pi)),
                        null, List.of(), speakerName(pq.get(pi)), null));
            }
        }
        for (int[] pair : m) {
            List<String> golds = speakers(gq.get(pair[0]));
            String name = speakerName(pq.get(pair[1]));
            boolean scored = golds.stream().anyMatch(Names::isNamed);
            boolean right = scored && Names.samePerson(name, golds);
            items.add(new Alignment.Item("quote", "match", gIndex.get(pair[0]), pIndex.get(pair[1]),
                    TextSpans.span(gspans.get(pair[0])), TextSpans.span(pspans.get(pair[1])),
                    gq.get(pair[0]).path("text").asText(),
                    golds, name, scored ? right : null));
            if (!scored) {
                continue;
            }
            c.speakerScored++;
            if (right) {
                c.speakerOk++;
            } else {
                findings.add(new Scorer.Finding(docId, "wrong speaker '" + name + "' for '"
                        + Scorer.head(gq.get(pair[0]).path("text").asText(), 50) + "' (gold " + golds.get(0) + ")"));
            }
        }
    }

    static void scoreIndirect(JsonNode gold, JsonNode pred, String text, Counts c,
                                      List<Alignment.Item> items) {
        List<int[]> gsp = new ArrayList<>();
        List<Integer> gIndex = new ArrayList<>();
        List<JsonNode> gq = new ArrayList<>();
        int gAt = 0;
        for (JsonNode q : Scorer.iter(gold.path("quotes"))) {
            if ("indirect".equals(q.path("kind").asText())) {
                gsp.add(TextSpans.locate(text, q.path("text").asText(), 0));
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
        for (JsonNode q : Scorer.iter(pred.path("quotes"))) {
            if ("indirect".equals(q.path("kind").asText())) {
                psp.add(TextSpans.predSpan(text, q));
                pIndex.add(pAt);
            }
            pAt++;
        }
        List<int[]> m = TextSpans.match(gsp, psp, 0.3);
        Set<Integer> usedG = new HashSet<>();
        Set<Integer> usedP = new HashSet<>();
        for (int[] pair : m) {
            usedG.add(pair[0]);
            usedP.add(pair[1]);
            items.add(new Alignment.Item("indirect", "match", gIndex.get(pair[0]), pIndex.get(pair[1]),
                    TextSpans.span(gsp.get(pair[0])), TextSpans.span(psp.get(pair[1])),
                    gq.get(pair[0]).path("text").asText(),
                    speakers(gq.get(pair[0])), null, null));
        }
        for (int gi = 0; gi < gsp.size(); gi++) {
            if (!usedG.contains(gi)) {
                items.add(new Alignment.Item("indirect", "miss", gIndex.get(gi), -1, TextSpans.span(gsp.get(gi)), null,
                        gq.get(gi).path("text").asText(), speakers(gq.get(gi)), null, null));
            }
        }
        for (int pi = 0; pi < psp.size(); pi++) {
            if (!usedP.contains(pi)) {
                items.add(new Alignment.Item("indirect", "false", -1, pIndex.get(pi), null, TextSpans.span(psp.get(pi)),
                        null, List.of(), null, null));
            }
        }
        c.indirectTp = m.size();
        c.indirectPred = psp.size();
        c.indirectGold = gsp.size();
    }

    static List<String> speakers(JsonNode goldQuote) {
        List<String> out = new ArrayList<>();
        goldQuote.path("speakers").forEach(s -> out.add(s.asText()));
        return out;
    }

    static String speakerName(JsonNode q) {
        JsonNode sp = q.path("speaker");
        if (sp.isObject()) {
            return sp.path("name").isTextual() ? sp.path("name").asText() : null;
        }
        return sp.isTextual() ? sp.asText() : null;
    }
}
