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
    void namesTitlesAndQuoteMarks() {
        assertTrue(Scorer.samePerson("Presidente Lee", List.of("Lee Jae Myung")));
        assertFalse(Scorer.samePerson("Prime Minister", List.of("Prime Minister Meloni")));
        assertTrue(Scorer.isNamed("Giorgia Meloni"));
        assertFalse(Scorer.isNamed("the two leaders"));
        assertEquals("fill a gap", Scorer.stripQuotes(" “fill a gap,” "));
        assertEquals(List.of(), Scorer.match(List.of(new int[]{0, 10}), List.of(new int[]{6, 30}), 0.5));
    }
}
