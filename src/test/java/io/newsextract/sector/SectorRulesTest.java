package io.newsextract.sector;

import io.newsextract.Tagged;
import io.newsextract.api.DetectedLanguage;
import io.newsextract.api.Document;
import io.newsextract.api.Sentence;
import io.newsextract.api.Span;
import io.newsextract.api.Token;
import io.newsextract.learn.Classifier;
import io.newsextract.learn.Trainer;
import io.newsextract.lexicon.LanguageResources;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The sector rules on pre-tagged one-sentence articles, without a tagger: which sectors count, with their mentions.
 * A sentence is written {@code word/POS/lemma ...} ({@code word/POS} when the lemma is the word).
 */
class SectorRulesTest {

    private static final SectorStage STAGE = new SectorStage(LanguageResources.load(List.of("en", "it")),
            Classifier.load(SectorStage.MODEL));

    private static Document tagged(String language, String tagged) {
        Tagged sentence = Tagged.withLemmas(tagged);
        String text = sentence.text();
        List<Token> tokens = sentence.tokens();
        return Document.of("t", "t.txt", text)
                .withLanguage(new DetectedLanguage(language, 1.0))
                .withSentences(List.of(new Sentence(0, new Span(0, text.length()), tokens, List.of())));
    }

    private static String sectors(String language, String tagged) {
        return sectors(STAGE.annotate(tagged(language, tagged)));
    }

    private static String sectors(Document doc) {
        return doc.sectors().stream()
                .map(h -> h.id() + " " + h.mentions().stream().map(m -> "'" + m.text() + "'")
                        .collect(Collectors.joining(",")))
                .collect(Collectors.joining("; "));
    }

    @Test
    void anAmbiguousTermJoinedToASectorTermInAListCounts() {
        // "space" is joined to "chips" only, itself ambiguous: no evidence
        assertEquals("ai 'AI'; semiconductors 'chips'",
                sectors("en", "They/PRP invest/VBP in/IN AI/NNP ,/, chips/NNS/chip and/CC space/NN ./."));
        assertEquals("aerospace 'space'; ai 'AI'",
                sectors("en", "They/PRP invest/VBP in/IN chips/NNS/chip ,/, space/NN and/CC AI/NNP ./."));
    }

    @Test
    void twoAdjacentTermsAreACompoundNotAList() {
        assertEquals("ai 'AI'", sectors("en", "AI/NNP chips/NNS/chip sold/VBD well/RB ./."));
    }

    @Test
    void wordsOfACapitalisedNameAcrossNameGlueAreNoEvidence() {
        assertEquals("", sectors("en", "The/DT Institute/NNP of/IN Artificial/NNP Intelligence/NNP opened/VBD ./."));
        assertEquals("ai 'artificial intelligence'",
                sectors("en", "The/DT institute/NN of/IN artificial/JJ intelligence/NN opened/VBD ./."));
    }

    @Test
    void italianListGlueIsItsOwnTagset() {
        assertEquals("ai 'intelligenza artificiale'; semiconductors 'chip'",
                sectors("it", "Investe/VERB in/ADP intelligenza/NOUN artificiale/ADJ e/CCONJ chip/NOUN ./PUNCT"));
    }

    @Test
    void theModelDropsARuleSectorAndAddsAnotherWithTheirProbabilitiesInTheTrace() {
        // a model that disagrees with the rule: whatever the rule finds is no sector, whatever it leaves out is one
        Trainer t = new Trainer();
        for (int i = 0; i < 10; i++) {
            t.add(SectorStage.NONE, List.of("bias", "rule=true"));
            t.add(SectorStage.SECTOR, List.of("bias", "rule=false"));
        }
        SectorStage contrary = new SectorStage(LanguageResources.load(List.of("en")), t.train("contrary",
                new Trainer.Settings(300, 0.1, 1)));
        Document doc = contrary.annotate(tagged("en",
                "The/DT Institute/NNP of/IN Artificial/NNP Intelligence/NNP buys/VBZ satellites/NNS/satellite ./."));
        assertEquals("ai 'Artificial Intelligence'", sectors(doc));
        assertEquals(List.of("DROPPED aerospace", "MADE ai"), doc.trace().stream()
                .filter(d -> d.rule().equals(SectorStage.RULE))
                .map(d -> d.verdict() + " " + d.note().replaceFirst(" p\\(sector\\) .*", "")).sorted().toList());
    }
}
