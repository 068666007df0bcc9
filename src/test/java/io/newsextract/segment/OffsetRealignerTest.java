package io.newsextract.segment;

import edu.stanford.nlp.ling.CoreLabel;
import io.newsextract.TestPipelines;
import io.newsextract.api.Document;
import io.newsextract.api.Sentence;
import io.newsextract.api.Token;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OffsetRealignerTest {

    private static CoreLabel token(String word, String original, int wrongBegin) {
        CoreLabel l = new CoreLabel();
        l.setWord(word);
        l.setOriginalText(original);
        l.setBeginPosition(wrongBegin);
        l.setEndPosition(wrongBegin + original.length());
        return l;
    }

    private static String show(String text, List<Segmenter.Word> words) {
        return words.stream().map(w -> w.form() + "[" + w.start() + "," + w.end() + ")'" + text.substring(w.start(), w.end()) + "'")
                .collect(Collectors.joining(" "));
    }

    @Test
    void expandedMultiWordTokensShareTheSpanOfTheirSurface() {
        String text = "  Corea del Sud, nell'industria";
        List<CoreLabel> tokens = new ArrayList<>(List.of(token("Corea", "Corea", 0), token("di", "del", 6),
                token("il", "del", 7), token("Sud", "Sud", 10), token(",", ",", 13), token("in", "nell'", 15),
                token("l'", "nell'", 16), token("industria", "industria", 20)));
        OffsetRealigner aligner = new OffsetRealigner(text);
        assertEquals("Corea[2,7)'Corea' di[8,11)'del' il[8,11)'del' Sud[12,15)'Sud' ,[15,16)',' "
                        + "in[17,22)'nell'' l'[17,22)'nell'' industria[22,31)'industria'",
                show(text, aligner.align(tokens)));
        assertEquals(0, aligner.mismatches());
    }

    @Test
    void twoEqualWordsInARowAreNotAMultiWordToken() {
        String text = "e e";
        List<Segmenter.Word> words = new OffsetRealigner(text).align(List.of(token("e", "e", 0), token("e", "e", 1)));
        assertEquals("e[0,1)'e' e[2,3)'e'", show(text, words));
    }

    @Test
    void everyItalianSampleTokenPointsAtItsOwnSurfaceInTheOriginal() {
        Document d = TestPipelines.italianSample();
        int expanded = 0;
        for (Sentence s : d.sentences()) {
            for (Token t : s.tokens()) {
                String surface = d.text().substring(t.start(), t.end());
                if (surface.equals(t.word())) {
                    continue;
                }
                expanded++;
                // an expanded part ("di" of "del", "in" of "nell'") lies in a surface that starts like it or is
                // one of the article forms; anything else would be a misalignment
                assertTrue(surface.length() <= 8 && Character.isLetter(surface.charAt(0)),
                        "token '" + t.word() + "' points at '" + surface + "'");
            }
        }
        assertTrue(expanded > 50, "expanded tokens: " + expanded);
        Token del = d.tokens().stream().filter(t -> d.text().startsWith("del Sud", t.start())).findFirst().orElseThrow();
        assertEquals("di", del.word());
    }
}
