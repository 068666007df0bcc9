package io.newsextract.lexicon;

import io.newsextract.api.PipelineException;
import io.newsextract.api.Sentence;
import io.newsextract.api.Span;
import io.newsextract.api.Token;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The pattern language of the data files, on hand-made tokens (word/TAG/lemma, split on spaces). */
class TokenPatternTest {

    private static List<SurfaceToken> tokens(String tagged) {
        List<Token> out = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (String item : tagged.split(" ")) {
            String[] f = item.split("/");
            int start = text.length();
            text.append(f[0]).append(' ');
            out.add(new Token(out.size(), new Span(start, start + f[0].length()), f[0], f[1], f.length > 2 ? f[2] : null,
                    "O"));
        }
        return SurfaceToken.of(new Sentence(0, new Span(0, text.length() - 1), out), text.toString());
    }

    private static String matches(String pattern, String tagged) {
        List<SurfaceToken> t = tokens(tagged);
        return TokenPattern.compile(pattern, Map.of("will", List.of("will", "shall"))).findAll(t).stream()
                .map(m -> "[" + m.start() + "," + m.end() + ") trigger " + t.get(m.trigger()).surface())
                .toList().toString();
    }

    @Test
    void lemmasGapsAndOptionalElements() {
        assertEquals("[[1,5) trigger agreed]",
                matches("agree{VB} ~3 to", "Both/DT agreed/VBD/agree on/IN Monday/NNP to/TO deepen/VB ties/NNS"));
        assertEquals("[]", matches("agree{VB} ~1 to", "Both/DT agreed/VBD/agree on/IN Monday/NNP to/TO deepen/VB"));
    }

    @Test
    void gapsDoNotCrossClausePunctuation() {
        assertEquals("[]", matches("agree ~3 to", "they/PRP agreed/VBD/agree ,/, then/RB to/TO go/VB"));
    }

    @Test
    void negatedElementsListsAndMarkedTrigger() {
        assertEquals("[[1,3) trigger will]", matches("@will{MD} {RB}? !be|rise{VB}", "we/PRP will/MD build/VB"));
        assertEquals("[]", matches("@will{MD} {RB}? !be|rise{VB}", "prices/NNS will/MD rise/VB"));
        assertEquals("[[0,3) trigger signed]",
                matches("memorandum ~2 ^signed", "memorandum/NN was/VBD signed/VBN"));
    }

    @Test
    void prefixesRegexesAndHyphens() {
        assertEquals("[[0,3) trigger critical]", matches("critical mineral", "critical/JJ -/HYPH mineral/NN"));
        assertEquals("[[0,1) trigger lavoreremo]",
                matches("/\\p{L}+(eremo|iremo)/{VERB}", "lavoreremo/VERB insieme/ADV"));
        assertEquals("[[0,1) trigger concordato]", matches("concord*", "concordato/VERB di/ADP"));
    }

    @Test
    void unknownListIsALoadError() {
        assertThrows(PipelineException.class, () -> TokenPattern.compile("@nope to"));
    }
}
