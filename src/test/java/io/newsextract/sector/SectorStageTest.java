package io.newsextract.sector;

import io.newsextract.TestPipelines;
import io.newsextract.api.Document;
import io.newsextract.api.SectorHit;
import io.newsextract.api.TextSpan;
import org.junit.jupiter.api.Test;

import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Sector mentions through the real pipeline, as compact golden strings {@code id 'mention'@start}. */
class SectorStageTest {

    private static String sectors(String id, String text) {
        Document doc = TestPipelines.standard().annotate(Document.of(id, id + ".txt", text));
        for (SectorHit h : doc.sectors()) {
            for (TextSpan m : h.mentions()) {
                assertEquals(m.text(), text.substring(m.start(), m.end()));
            }
        }
        return doc.sectors().stream()
                .map(h -> h.id() + " " + h.mentions().stream().map(m -> "'" + m.text() + "'@" + m.start())
                        .collect(Collectors.joining(" ")))
                .collect(Collectors.joining("; "));
    }

    @Test
    void englishTermsLemmasAndHyphenatedMultiWords() {
        assertEquals("semiconductors 'semiconductors'@52; critical_minerals 'critical-mineral'@71 'rare earths'@123; defense 'defence industry'@143",
                sectors("en1", "The two governments agreed to deepen cooperation on semiconductors and "
                + "critical-mineral supply chains. They also discussed rare earths and the defence industry."));
    }

    @Test
    void englishAmbiguousWordsNeedContext() {
        assertEquals("aerospace 'space agencies'@121 'satellite'@150",
                sectors("en2", "The summit opened a new space for dialogue on the defence of democracy. "
                + "The trade union welcomed it. Separately, the two space agencies will launch a satellite."));
    }

    @Test
    void italianStemsAndMultiWordTerms() {
        assertEquals("critical_minerals 'materie prime critiche'@48; defense 'industria della difesa'@78; ai 'intelligenza artificiale'@117; semiconductors 'semiconduttori'@148",
                sectors("it1", "I due Paesi rafforzeranno la cooperazione sulle materie prime critiche e "
                + "nell'industria della difesa, oltre che nell'intelligenza artificiale e nei semiconduttori."));
    }

    @Test
    void italianAmbiguousWordsNeedContext() {
        assertEquals("ai 'intelligenza artificiale'@113; semiconductors 'semiconduttori'@139; aerospace 'spazio'@155",
                sectors("it2", "Il vertice ha aperto uno spazio di dialogo sulla difesa dei valori "
                + "democratici. Corea e Italia collaboreranno su intelligenza artificiale, semiconduttori, spazio e "
                + "oltre."));
    }

    @Test
    void englishSectorsNamedThroughTheirVocabulary() {
        assertEquals("health 'NHS'@28 'waiting lists'@32; transport 'trains'@57; agriculture_food 'farmers'@77; "
                + "critical_minerals 'gallium'@103 'germanium'@115",
                sectors("en3", "The chancellor promised the NHS waiting lists money, new trains and help for "
                + "farmers. Beijing may curb gallium and germanium."));
    }

    @Test
    void figurativePhrasesAreNoSector() {
        assertEquals("trade 'trade war'@46",
                sectors("en4", "In a tense political climate, she ruled out a trade war and a war of words; "
                + "the plan is a bargaining chip."));
    }

    @Test
    void adjacentTermsAreACompoundNotAList() {
        assertEquals("trade 'export'@28",
                sectors("en5", "The companies will look for export markets."));
    }

    @Test
    void wordsOfANameAreNoEvidence() {
        assertEquals("digital_telecom 'Digital'@16 'internet'@81",
                sectors("en6", "She directs the Digital Health Project at Baylor College of Medicine. The "
                + "entire internet is affected."));
    }

    @Test
    void longArticlesNeedTwoMentionsOrOneInTheLead() {
        String filler = "The council met again on Tuesday and the talks went on late into the evening. ".repeat(25);
        String text = "The region will spend more on hospitals.\n\n" + filler
                + "Officials also mentioned a port in passing.\n\n" + filler + "One speaker cited a pandemic.";
        assertEquals("health 'hospitals'@30 'pandemic'@" + text.indexOf("pandemic"), sectors("en7", text));
    }

    @Test
    void italianVocabularyAndFigurativeClimate() {
        assertEquals("health 'pronto soccorso'@4 'medici di famiglia'@30; agriculture_food 'grano'@54",
                sectors("it3", "Nei pronto soccorso mancano i medici di famiglia e il grano è pagato poco, "
                + "in un clima di tensione."));
    }
}
