package io.newsextract.eval;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Precision per rule: for each field (quote, indirect, pledge) and each {@code method} a record's outputs carry, how
 * many outputs the method produced and how many matched gold under the scorer's pairing (for quotes also how many
 * had a scored speaker and how many of those were right). With {@code trace} in the records ({@code batch --trace})
 * also each traced rule decision ({@code stage rule VERDICT}): how many there were, how many gold could judge, and how
 * many fell on a gold item — a pledge, a quote or an entity. For MADE and CHANGED that is the rule's precision; a
 * DROPPED pledge candidate counts when it falls on a gold pledge that no output matched: a veto that cost a pledge.
 */
public final class ByMethod {

    /** The counts of one method in one field. */
    public static final class Tally {
        int produced;
        int judged;
        int matched;
        int speakerScored;
        int speakerRight;

        void add(Tally o) {
            produced += o.produced;
            judged += o.judged;
            matched += o.matched;
            speakerScored += o.speakerScored;
            speakerRight += o.speakerRight;
        }

        /** Figures under stable names, for {@code eval --by-method --json}. */
        public Map<String, Object> figures() {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("produced", produced);
            out.put("judged", judged);
            out.put("matched", matched);
            out.put("p", judged == 0 ? 0.0 : (double) matched / judged);
            out.put("speakerScored", speakerScored);
            out.put("speakerRight", speakerRight);
            return out;
        }
    }

    /** Which gold field a traced stage's decisions are judged against. */
    private static final Map<String, String> TRACE_FIELD = Map.of("commitments", "pledge", "quotes", "quote",
            "reported-speech", "quote", "attribution", "quote", "ner", "entity");
    static final String TRACE = "trace";

    private final Map<String, Map<String, Tally>> fields = new TreeMap<>();

    /** Field → method → counts. */
    public Map<String, Map<String, Tally>> fields() {
        return fields;
    }

    public void add(ByMethod other) {
        other.fields.forEach((field, methods) -> methods.forEach((method, t) -> tally(field, method).add(t)));
    }

    /** The counts of one article from its alignment with gold (the same pairs the figures count) and its record. */
    static ByMethod of(JsonNode gold, JsonNode pred, String text, Alignment alignment) {
        ByMethod out = new ByMethod();
        if (pred == null) {
            return out;
        }
        for (Alignment.Item it : alignment.items()) {
            if (it.predIndex() < 0) {
                continue;
            }
            String array = it.field().equals("pledge") ? "pledges" : "quotes";
            Tally t = out.tally(it.field(), methodOf(pred.path(array).path(it.predIndex())));
            t.produced++;
            t.judged++;
            t.matched += it.outcome().equals("match") ? 1 : 0;
            t.speakerScored += it.speakerRight() != null ? 1 : 0;
            t.speakerRight += Boolean.TRUE.equals(it.speakerRight()) ? 1 : 0;
        }
        GoldItems golds = new GoldItems(gold, text, alignment);
        for (JsonNode d : Scorer.iter(pred.path("trace"))) {
            String field = TRACE_FIELD.get(d.path("stage").asText());
            Boolean onGold = field == null ? null : golds.holds(field, d, d.path("verdict").asText().equals("DROPPED"));
            Tally t = out.tally(TRACE, d.path("stage").asText() + " " + d.path("rule").asText() + " "
                    + d.path("verdict").asText());
            t.produced++;
            t.judged += onGold != null ? 1 : 0;
            t.matched += Boolean.TRUE.equals(onGold) ? 1 : 0;
        }
        return out;
    }

    private static String methodOf(JsonNode item) {
        return item.path("method").isTextual() ? item.path("method").asText() : "(none)";
    }

    private Tally tally(String field, String method) {
        return fields.computeIfAbsent(field, k -> new TreeMap<>()).computeIfAbsent(method, k -> new Tally());
    }

    /** The table as {@code eval --by-method} prints it: per field, methods by outputs produced, most first. */
    public List<String> lines() {
        List<String> out = new ArrayList<>();
        fields.forEach((field, methods) -> {
            boolean quotes = field.equals("quote");
            out.add(String.format("  %-44s %8s %8s %8s %6s%s", field, "produced", "judged", "matched", "p",
                    quotes ? String.format(" %8s %6s %6s", "scored", "right", "acc") : ""));
            methods.entrySet().stream()
                    .sorted(Comparator.comparingInt((Map.Entry<String, Tally> e) -> -e.getValue().produced)
                            .thenComparing(Map.Entry::getKey))
                    .forEach(e -> out.add(row(e.getKey(), e.getValue(), quotes)));
        });
        return out;
    }

    private static String row(String method, Tally t, boolean quotes) {
        String p = t.judged == 0 ? "-" : Counts.format((double) t.matched / t.judged);
        String acc = t.speakerScored == 0 ? "-" : Counts.format((double) t.speakerRight / t.speakerScored);
        return String.format("    %-42s %8d %8d %8d %6s%s", method, t.produced, t.judged, t.matched, p,
                quotes ? String.format(" %8d %6d %6s", t.speakerScored, t.speakerRight, acc) : "");
    }

    /** The gold items a traced decision may fall on, found in the text as the scorer finds them. */
    private static final class GoldItems {
        private final JsonNode gold;
        private final List<int[]> quotes = new ArrayList<>();
        private final List<int[]> pledges = new ArrayList<>();
        private final List<int[]> missedPledges = new ArrayList<>();
        private final Set<String> entities = new HashSet<>();

        GoldItems(JsonNode gold, String text, Alignment alignment) {
            this.gold = gold;
            alignment.items().stream().filter(i -> i.field().equals("pledge") && i.outcome().equals("miss")
                    && i.goldSpan() != null)
                    .forEach(i -> missedPledges.add(new int[]{i.goldSpan().start(), i.goldSpan().end()}));
            Scorer.iter(gold.path("quotes"))
                    .forEach(q -> quotes.add(TextSpans.locate(text, q.path("text").asText(), 0)));
            Scorer.iter(gold.path("pledges")).forEach(p -> pledges.add(TextSpans.locate(text,
                    p.path("evidence").asText(), 0)));
            Scorer.iter(gold.path("entities")).forEach(e -> entities.add(Names.norm(e.get(0).asText()).strip()));
        }

        /**
         * Whether the decision falls on a gold item of the field (a dropped one: on a gold item no output matched);
         * null when the gold file does not have that field.
         */
        Boolean holds(String field, JsonNode d, boolean dropped) {
            int[] span = {d.path("start").asInt(), d.path("end").asInt()};
            return switch (field) {
                case "pledge" -> gold.has("pledges") ? (dropped ? missedPledges : pledges).stream()
                        .anyMatch(g -> g != null && TextSpans.halfOfShorter(g, span)) : null;
                case "quote" -> quotes.stream().anyMatch(g -> g != null && TextSpans.overlap(g, span) > 0);
                case "entity" -> gold.has("entities") ? entities.contains(Names.norm(d.path("text").asText()).strip())
                        : null;
                default -> null;
            };
        }
    }
}
