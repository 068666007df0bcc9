package io.newsextract.quote;

import io.newsextract.corpora.Polnear;
import io.newsextract.lexicon.LanguageResources;
import io.newsextract.testing.TaggedDoc;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The words a corpus marks as cues that the cue-word list lacks ({@link CueWordMiner}). */
class CueWordMinerTest {

    private static final LanguageResources EN = TaggedDoc.RESOURCES.get("en");

    /** An article of {@code n} sentences "X fumed about the plan, and Y said it would fail."; each verb a cue. */
    private static Polnear.Article article(int n) {
        StringBuilder text = new StringBuilder();
        List<Polnear.Attribution> at = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int s = text.length();
            text.append("Lee fumed about the plan, and Kim said it would fail. ");
            at.add(attribution(text.toString(), s, "fumed", "the plan"));
            at.add(attribution(text.toString(), s, "said", "it would fail"));
        }
        text.append("The plan is late and it is not cheap.");
        return new Polnear.Article("a", text.toString(), at);
    }

    private static Polnear.Attribution attribution(String text, int from, String cue, String content) {
        int c = text.indexOf(cue, from);
        int k = text.indexOf(content, from);
        return new Polnear.Attribution(null, new Polnear.Fragments(List.of(new int[]{c, c + cue.length()})),
                new Polnear.Fragments(List.of(new int[]{k, k + content.length()})));
    }

    @Test
    void listsAFrequentCueThatNoRowNamesButNotTheSpeechVerbsOrShortRuns() {
        List<CueWordMiner.Row> rows = CueWordMiner.unlisted(List.of(article(5)),
                CueWords.load("en", EN.speech()), EN.speech());
        assertEquals(List.of(new CueWordMiner.Row("fumed", 5, 5)), rows);
        assertEquals(List.of(), CueWordMiner.unlisted(List.of(article(4)), CueWords.load("en", EN.speech()),
                EN.speech()));
    }

    @Test
    void printsTheRowsWithTheirCounts() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CueWordMiner.print(List.of(new CueWordMiner.Row("railed", 9, 11)), new PrintStream(out, true,
                StandardCharsets.UTF_8));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("railed 9/11"));
    }
}
