package io.newsextract.eval;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsextract.io.Json;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The matching rules of shared/tools/score.py, case by case. */
class ScorerTest {

    private static final String TEXT = "“We will build it,” President Lee said. Meloni called it “long overdue”. "
            + "The two sides agreed on Monday to deepen cooperation in chips.";

    private static JsonNode json(String s) throws Exception {
        return Json.MAPPER.readTree(s.replace('\'', '"'));
    }

    @Test
    void quotesSpeakersPledgesSectorsAndEntitiesAsTheReferenceScorerCountsThem() throws Exception {
        JsonNode gold = json("{'docId':'d','language':'en',"
                + "'quotes':[{'text':'We will build it','speakers':['Lee Jae Myung'],'kind':'direct'},"
                + "{'text':'long overdue','speakers':['Giorgia Meloni'],'kind':'partial'}],"
                + "'sectors':['semiconductors','trade'],"
                + "'pledges':[{'evidence':'The two sides agreed on Monday to deepen cooperation'}],"
                + "'entities':[['Lee','PERSON'],['Meloni','PERSON']]}");
        int we = TEXT.indexOf("We will");
        int agreed = TEXT.indexOf("agreed");
        JsonNode pred = json("{'quotes':[{'text':'We will build it,','start':" + we + ",'end':" + (we + 17)
                + ",'kind':'direct','speaker':{'name':'President Lee'}},"
                + "{'text':'long overdue','start':0,'end':0,'kind':'partial','speaker':{'name':'Lee'}}],"
                + "'sectors':[{'id':'semiconductors'},{'id':'ai'}],"
                + "'pledges':[{'text':'x','start':" + agreed + ",'end':" + (agreed + 40) + "}],"
                + "'entities':[{'text':'Lee','type':'PER'},{'text':'Seoul','type':'LOCATION'},{'text':'X','type':'MISC'}]}");
        List<Scorer.Finding> findings = new ArrayList<>();
        Map<String, Object> f = Scorer.score(gold, pred, TEXT, findings).figures();
        assertEquals(1.0, f.get("quote_f1"));               // trailing comma stripped; bad offsets fall back to text
        assertEquals(0.5, f.get("speaker_acc"));            // "President Lee" shares "lee"; "Lee" is not Meloni
        assertEquals(0.5, (double) f.get("sector_p"), 1e-9);
        assertEquals(1.0, f.get("pledge_f1"));              // overlap ≥ half of the shorter span
        assertEquals(0.5, (double) f.get("entity_p"), 1e-9); // MISC is not scored
        assertTrue(findings.get(0).what().startsWith("wrong speaker 'Lee'"), findings.toString());
    }

    @Test
    void amountsMatchOnMatchedPledgesByValueAndCurrency() throws Exception {
        String text = "Labor will invest $20 million in TAFE. The party will spend £5 million on roads. "
                + "It will build 3 bridges.";
        JsonNode gold = json("{'docId':'d','language':'en','pledges':["
                + "{'evidence':'Labor will invest $20 million in TAFE','amount':{'text':'$20 million','value':20000000,"
                + "'currency':'USD'}},"
                + "{'evidence':'The party will spend £5 million on roads','amount':{'text':'£5 million','value':5e6,"
                + "'currency':'GBP'}},"
                + "{'evidence':'It will build 3 bridges'}]}");
        JsonNode pred = json("{'pledges':["
                + "{'start':0,'end':37,'amount':{'value':20000000.0,'currency':'USD'}},"
                + "{'start':39,'end':80,'amount':{'value':5000000,'currency':'EUR'}},"
                + "{'start':82,'end':105,'amount':null}]}");
        Map<String, Object> f = Scorer.score(gold, pred, text, new ArrayList<>()).figures();
        assertEquals(1.0, f.get("pledge_f1"));
        assertEquals(0.5, f.get("amount_p"));   // the pound amount is read as euros
        assertEquals(0.5, f.get("amount_r"));
        assertFalse(Scorer.score(json("{'docId':'d','pledges':[]}"), pred, text, new ArrayList<>()).figures()
                .containsKey("amount_p"), "no amount figures without gold amounts");
    }

    @Test
    void namesTitlesAndQuoteMarks() {
        assertTrue(Names.samePerson("Presidente Lee", List.of("Lee Jae Myung")));
        assertFalse(Names.samePerson("Prime Minister", List.of("Prime Minister Meloni")));
        assertTrue(Names.isNamed("Giorgia Meloni"));
        assertFalse(Names.isNamed("the two leaders"));
        assertEquals("fill a gap", TextSpans.stripQuotes(" “fill a gap,” "));
        assertEquals(List.of(), TextSpans.match(List.of(new int[]{0, 10}), List.of(new int[]{6, 30}), 0.5));
    }

    @Test
    void byMethodCountsOutputsAndGoldMatchesPerRuleAndJudgesTraceDecisions() throws Exception {
        JsonNode gold = json("{'docId':'d','language':'en',"
                + "'quotes':[{'text':'We will build it','speakers':['Lee Jae Myung'],'kind':'direct'},"
                + "{'text':'long overdue','speakers':['Giorgia Meloni'],'kind':'partial'}],"
                + "'pledges':[{'evidence':'The two sides agreed on Monday to deepen cooperation'}]}");
        int we = TEXT.indexOf("We will");
        int overdue = TEXT.indexOf("long overdue");
        int agreed = TEXT.indexOf("agreed");
        JsonNode pred = json("{'quotes':[{'text':'We will build it','start':" + we + ",'end':" + (we + 16)
                + ",'kind':'direct','method':'quote-name-cue','speaker':{'name':'Lee'}},"
                + "{'text':'long overdue','start':" + overdue + ",'end':" + (overdue + 12)
                + ",'kind':'partial','method':'quote-name-cue','speaker':{'name':'Lee'}},"
                + "{'text':'Meloni called it','start':" + TEXT.indexOf("Meloni") + ",'end':"
                + (TEXT.indexOf("Meloni") + 16) + ",'kind':'direct','method':'same-sentence'}],"
                + "'pledges':[],"
                + "'trace':[{'stage':'commitments','rule':'forecast','verdict':'DROPPED','text':'agreed',"
                + "'start':" + agreed + ",'end':" + (agreed + 6) + "},"
                + "{'stage':'sectors','rule':'cue','verdict':'MADE','text':'chips','start':0,'end':5}]}");
        Scorer.Scored scored = Scorer.scoreAligned(gold, pred, TEXT, new ArrayList<>());
        ByMethod m = ByMethod.of(gold, pred, TEXT, scored.alignment());
        String table = String.join("\n", m.lines().stream().map(l -> l.strip().replaceAll(" +", " ")).toList());
        // no pledge output, so no pledge rows; the veto dropped the words of the gold pledge nothing matched
        assertEquals("""
                quote produced judged matched p scored right acc
                quote-name-cue 2 2 2 1.000 2 1 0.500
                same-sentence 1 1 0 0.000 0 0 -
                trace produced judged matched p
                commitments forecast DROPPED 1 1 1 1.000
                sectors cue MADE 1 0 0 -""", table);
    }
}
