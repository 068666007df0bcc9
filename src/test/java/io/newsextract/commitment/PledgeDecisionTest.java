package io.newsextract.commitment;

import io.newsextract.api.Document;
import io.newsextract.api.Pledge;
import io.newsextract.learn.Classifier;
import io.newsextract.learn.Trainer;
import io.newsextract.testing.TaggedDoc;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The pledge model's features and the stage's use of its verdict, on pre-tagged sentences (no tagger, no corpus). */
class PledgeDecisionTest {

    private static final String TEXT = """
            Labor/NNP/ORGANIZATION will/MD invest/VB $/$ 20/CD million/CD in/IN hospitals/NNS ./.

            Prices/NNS rose/VBD last/JJ year/NN ./.

            A/DT Labor/NNP/ORGANIZATION Government/NNP will/MD :/:

            <li>/SYM Deliver/VB more/JJR nurses/NNS ./.
            """;

    private static List<List<String>> features(boolean lexical) {
        return new CommitmentStage(TaggedDoc.RESOURCES).sentenceFeatures(TaggedDoc.parse("en", TEXT), lexical);
    }

    private static String some(List<String> features, String... prefixes) {
        return features.stream().filter(f -> List.of(prefixes).stream().anyMatch(f::startsWith))
                .collect(Collectors.joining(" "));
    }

    @Test
    void rulesAreEvidenceWithTheirStrengthAndActorTest() {
        List<String> f = features(false).get(0);
        assertEquals("rule=will-action strength=intention strength=intention&actor",
                some(f, "rule=", "strength="));
        assertTrue(f.containsAll(List.of("hit-actor", "money", "list=amount", "position=first")), f.toString());
        assertTrue(features(false).get(1).containsAll(List.of("no-match", "no-hit", "past-verb", "prev:rule=will-action")));
    }

    @Test
    void wordsOnlyInTheLexicalModel() {
        assertTrue(features(true).get(0).containsAll(List.of("w=invest", "b=will_invest")));
        assertEquals("", some(features(false).get(0), "w=", "b="));
    }

    @Test
    void theLexicalModelAlsoReadsWordsAsWrittenButNotPunctuationNorTheHeadersWords() {
        List<String> first = features(true).get(0);
        assertTrue(first.containsAll(List.of("s=labor", "s=will", "s=invest", "s=<num>", "s=hospitals")),
                first.toString());
        assertFalse(first.contains("s=."), first.toString());
        assertEquals("", some(features(false).get(0), "s="));
        assertEquals("", some(features(true).get(3), "header:w=", "header:b=", "header:s="));
    }

    @Test
    void aListItemReadsItsHeader() {
        List<String> item = features(false).get(3);
        assertTrue(item.contains("item"), item.toString());
        assertTrue(item.contains("header:no-hit"), item.toString());
        assertFalse(features(false).get(2).contains("item"));
    }

    /** A model that calls a sentence without rule evidence a pledge and one with it none. */
    private static Classifier contrary() {
        Trainer t = new Trainer();
        for (int i = 0; i < 20; i++) {
            t.add(PledgeDecision.PLEDGE, List.of("bias", "no-hit", "item"));
            t.add(PledgeDecision.NONE, List.of("bias", "rule=will-action", "past-verb"));
        }
        return t.train("contrary", Trainer.Settings.DEFAULT);
    }

    @Test
    void theModelAddsAPledgeNoRuleExplainsAndTrustedRulesStand() {
        Document doc = new CommitmentStage(TaggedDoc.RESOURCES, name -> contrary())
                .annotate(TaggedDoc.parse("en", TEXT));
        List<String> made = doc.pledges().stream()
                .map(p -> p.method() + " '" + p.trigger().text() + "' " + p.strength()).toList();
        assertEquals(List.of("will-action 'will' intention", "model:pledge 'Deliver' intention"), made);
        Pledge byModel = doc.pledges().get(1);
        assertTrue(byModel.confidence() >= 0.9, "confidence is the model's probability: " + byModel.confidence());
        assertTrue(doc.trace().stream().anyMatch(d -> d.rule().equals(PledgeDecision.RULE)));
    }
}
