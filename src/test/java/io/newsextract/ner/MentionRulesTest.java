package io.newsextract.ner;

import io.newsextract.Tagged;
import io.newsextract.api.Token;
import io.newsextract.lexicon.LanguageResources;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The entity repairs on pre-tagged sentences, without a tagger: each case gives the runs after the repairs and the
 * decisions the repairs left, as compact golden strings. A sentence is written {@code word/POS/NER ...}; a word
 * written {@code ~word} is glued to the one before it (no space).
 */
class MentionRulesTest {

    private static final Map<String, LanguageResources> RESOURCES = LanguageResources.load(List.of("en", "it"));
    private static final Map<String, MentionRules> RULES = Map.of(
            "en", new MentionRules(RESOURCES.get("en")), "it", new MentionRules(RESOURCES.get("it")));

    /** "runs | decisions" after the repairs of one sentence. */
    private static String repaired(String language, String tagged) {
        Tagged sentence = Tagged.withLabels(tagged);
        String text = sentence.text();
        List<Token> tokens = sentence.tokens();
        RepairTrace trace = new RepairTrace(text);
        List<Run> runs = RULES.get(language).apply(tokens,
                EntityRecognitionStage.runs(tokens, RESOURCES.get(language).entityLabels()), text, trace);
        List<String> out = new ArrayList<>();
        runs.forEach(r -> out.add(r.type() + " '" + r.span(tokens).of(text) + "'"));
        List<String> decisions = new ArrayList<>();
        trace.decisions().forEach(d -> decisions.add(d.rule() + " " + d.verdict() + " '" + d.text() + "'"
                + (d.note() == null || d.note().isEmpty() ? "" : " " + d.note())));
        return String.join(", ", out) + " | " + String.join("; ", decisions);
    }

    @Test
    void aLoneFunctionWordAtTheStartIsNoName() {
        assertEquals(" | drop-function-word DROPPED 'Nel' LOCATION",
                repaired("it", "Nel/_/B-LOC terzo/ADJ/O trimestre/NOUN/O"));
    }

    @Test
    void lowerCaseWordsBeforeAnOrganisationNounAreCut() {
        assertEquals("ORGANIZATION 'Regione Piemonte' | trim-lowercase-start CHANGED 'Regione Piemonte' was "
                        + "'la Regione Piemonte'",
                repaired("it", "Lo/DET/O dice/VERB/O la/DET/B-ORG Regione/PROPN/I-ORG Piemonte/PROPN/I-ORG"));
    }

    @Test
    void aPersonGluedToAnOrganisationIsCutOff() {
        assertEquals("ORGANIZATION 'Movimento 5 Stelle', PERSON 'Valentina Russo' | split-organisation-person CHANGED "
                        + "'Movimento 5 Stelle' was 'Movimento 5 Stelle Valentina Russo'; split-organisation-person "
                        + "CHANGED 'Valentina Russo' ORGANIZATION→PERSON, was 'Movimento 5 Stelle Valentina Russo'",
                repaired("it", "Per/ADP/O Movimento/PROPN/B-ORG 5/NUM/I-ORG Stelle/PROPN/I-ORG "
                        + "Valentina/PROPN/I-ORG Russo/PROPN/I-ORG"));
    }

    @Test
    void aWordInCapitalsBeforeADashIsTheDatelinePlace() {
        assertEquals("LOCATION 'ROMA' | untagged-dateline MADE 'ROMA' LOCATION",
                repaired("it", "ROMA/PROPN/O -/PUNCT/O Il/DET/O governo/NOUN/O"));
    }

    @Test
    void namesGluedByAHyphenAreOne() {
        assertEquals("LOCATION 'Emilia-Romagna' | join-across-hyphens CHANGED 'Emilia-Romagna' was 'Emilia'",
                repaired("it", "in/ADP/O Emilia/PROPN/B-LOC ~-/PUNCT/O ~Romagna/PROPN/B-LOC"));
    }

    @Test
    void aKnownNameFixesTheTaggersType() {
        assertEquals("ORGANIZATION 'European Union' | known-name CHANGED 'European Union' LOCATION→ORGANIZATION",
                repaired("en", "the/DT/O European/NNP/B-LOC Union/NNP/I-LOC said/VBD/O"));
    }

    @Test
    void untaggedCapitalsHeadedByAnOrganisationNounAreAnOrganisation() {
        assertEquals("ORGANIZATION 'Minerals Security Partnership' | organisation-by-head MADE "
                        + "'Minerals Security Partnership' ORGANIZATION",
                repaired("en", "the/DT/O Minerals/NNPS/O Security/NNP/O Partnership/NNP/O met/VBD/O"));
    }

    @Test
    void aWordBeforeATitleIsAPortfolio() {
        assertEquals("PERSON 'Helen Marsh' | drop-portfolio DROPPED 'Energy' ORGANIZATION",
                repaired("en", "Energy/NNP/B-ORG Secretary/NNP/O Helen/NNP/B-PER Marsh/NNP/I-PER said/VBD/O"));
    }
}
