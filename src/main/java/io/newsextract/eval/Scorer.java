package io.newsextract.eval;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Scores one record against one gold file with the matching rules of the reference scorer
 * ({@code shared/tools/score.py}), rule for rule, so the figures agree: quotes and reported speech as
 * {@link QuoteScoring} says; pledges match when span and gold evidence overlap by half of the shorter, and a predicted
 * amount is right when its pledge matches a gold pledge whose {@code amount} has the same value and currency (amount
 * precision over every predicted amount, recall over every gold amount); sectors and entities compare as sets (entity
 * texts and types as {@link Names} normalises them).
 */
public final class Scorer {

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
        QuoteScoring.scoreQuotes(gold, pred, text, c, docId, findings, items);
        QuoteScoring.scoreIndirect(gold, pred, text, c, items);
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
                ge.add(List.of(Names.norm(e.get(0).asText()).strip(), Names.coarse(e.get(1).asText())));
            }
            Set<List<String>> pe = new HashSet<>();
            for (JsonNode e : iter(pred.path("entities"))) {
                String type = Names.coarse(e.path("type").asText(""));
                if (Set.of("PERSON", "ORGANIZATION", "LOCATION").contains(type)) {
                    pe.add(List.of(Names.norm(e.path("text").asText("")).strip(), type));
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

    private static void scorePledges(JsonNode gold, JsonNode pred, String text, Counts c, String docId,
                                     List<Finding> findings, List<Alignment.Item> items) {
        List<int[]> gp = new ArrayList<>();
        for (JsonNode p : gold.get("pledges")) {
            gp.add(TextSpans.locate(text, p.path("evidence").asText(), 0));
        }
        List<int[]> pp = new ArrayList<>();
        for (JsonNode p : iter(pred.path("pledges"))) {
            pp.add(TextSpans.predSpan(text, p));
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
                if (TextSpans.halfOfShorter(g, p)) {
                    usedGold.add(a);
                    usedPred.add(b);
                    c.amountTp += sameAmount(gold.get("pledges").get(a), pred.path("pledges").get(b)) ? 1 : 0;
                    items.add(new Alignment.Item("pledge", "match", a, b, TextSpans.span(g), TextSpans.span(p),
                            gold.get("pledges").get(a).path("evidence").asText(), List.of(), null, null));
                }
            }
        }
        for (int a = 0; a < gp.size(); a++) {
            if (!usedGold.contains(a)) {
                findings.add(new Finding(docId, "missed pledge: "
                        + head(gold.get("pledges").get(a).path("evidence").asText(), 70)));
                items.add(new Alignment.Item("pledge", "miss", a, -1, TextSpans.span(gp.get(a)), null,
                        gold.get("pledges").get(a).path("evidence").asText(), List.of(), null, null));
            }
        }
        for (int b = 0; b < pp.size(); b++) {
            if (!usedPred.contains(b)) {
                items.add(new Alignment.Item("pledge", "false", -1, b, null, TextSpans.span(pp.get(b)), null, List.of(),
                        null, null));
            }
        }
        gold.get("pledges").forEach(p -> c.amountGold += hasAmount(p) ? 1 : 0);
        iter(pred.path("pledges")).forEach(p -> c.amountPred += hasAmount(p) ? 1 : 0);
        c.pledgeTp = usedGold.size();
        c.pledgePred = pp.size();
        c.pledgeGold = gp.size();
    }

    private static boolean hasAmount(JsonNode pledge) {
        return pledge.path("amount").isObject();
    }

    /** Whether gold and predicted amount are the same money: equal value (as numbers) and currency. */
    static boolean sameAmount(JsonNode gold, JsonNode pred) {
        JsonNode g = gold.path("amount");
        JsonNode p = pred.path("amount");
        return hasAmount(gold) && hasAmount(pred) && g.path("value").isNumber() && p.path("value").isNumber()
                && g.path("value").decimalValue().compareTo(p.path("value").decimalValue()) == 0
                && g.path("currency").asText("").equals(p.path("currency").asText(null));
    }

    static Iterable<JsonNode> iter(JsonNode n) {
        return n.isArray() ? n : List.of();
    }

    static String head(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n);
    }
}
