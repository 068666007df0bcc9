package io.newsextract;

import io.newsextract.attribution.AttributionStage;
import io.newsextract.commitment.CommitmentStage;
import io.newsextract.ner.EntityRecognitionStage;
import io.newsextract.quote.QuoteDetectionStage;
import io.newsextract.quote.QuoteSpanStage;
import io.newsextract.quote.ReportedSpeechStage;
import io.newsextract.sector.SectorStage;
import io.newsextract.segment.SegmentationStage;
import io.newsextract.testing.TaggedDoc;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every named rule of the pipeline — segmentation fallbacks, NER repairs, quote drops, cue rules, attribution rules,
 * commitment rules (per language, from {@code models/<lang>/commitments.tsv}), vetoes and filters — has a name no
 * other rule has: a name is how the trace and {@code eval --by-method} tell rules apart. A commitment rule of the
 * same name in two languages is one rule.
 */
class RuleNamesTest {

    private static Map<String, List<String>> namesByStage() {
        CommitmentStage commitments = new CommitmentStage(TaggedDoc.RESOURCES);
        Map<String, List<String>> out = new LinkedHashMap<>();
        out.put("segment", SegmentationStage.ruleNames());
        out.put("ner", EntityRecognitionStage.ruleNames());
        out.put("quotes", QuoteDetectionStage.ruleNames());
        out.put("reported-speech", ReportedSpeechStage.ruleNames());
        out.put("attribution", AttributionStage.ruleNames());
        out.put("quote-check", QuoteSpanStage.ruleNames());
        out.put("sectors", SectorStage.ruleNames());
        for (String lang : List.of("en", "it")) {
            out.put("commitments/" + lang, commitments.ruleNames(lang));
        }
        return out;
    }

    @Test
    void everyRuleNameIsUniqueAcrossThePipeline() {
        Map<String, List<String>> byStage = namesByStage();
        Map<String, Set<String>> owners = new TreeMap<>();
        List<String> twiceInAStage = new ArrayList<>();
        byStage.forEach((stage, names) -> {
            assertTrue(names.size() > 0, stage + " lists no rule");
            String where = stage.replaceFirst("/.*", "");
            Set<String> seen = new LinkedHashSet<>();
            for (String name : names) {
                if (!seen.add(name)) {
                    twiceInAStage.add(stage + " " + name);
                }
                owners.computeIfAbsent(name, k -> new LinkedHashSet<>()).add(where);
            }
        });
        assertEquals("", String.join(", ", twiceInAStage));
        assertEquals("", owners.entrySet().stream().filter(e -> e.getValue().size() > 1)
                .map(e -> e.getKey() + " in " + e.getValue()).collect(Collectors.joining(", ")));
        assertEquals("", owners.keySet().stream().filter(n -> !n.matches("(model:)?[a-z0-9]+(-[a-z0-9]+)*"))
                .collect(Collectors.joining(", ")));
    }
}
