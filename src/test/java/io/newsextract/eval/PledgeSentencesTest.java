package io.newsextract.eval;

import io.newsextract.api.Artifact;
import io.newsextract.api.Document;
import io.newsextract.api.Pipeline;
import io.newsextract.api.Pledge;
import io.newsextract.api.Stage;
import io.newsextract.api.TextSpan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The sentence-set evaluation's reading and counting, with a stub pipeline: no models loaded. */
class PledgeSentencesTest {

    /** Makes a pledge of every "will" it sees, from the word to the end of its line. */
    private static final class WillStage implements Stage {
        @Override
        public String name() {
            return "will";
        }

        @Override
        public Set<Artifact> requires() {
            return Set.of();
        }

        @Override
        public Set<Artifact> produces() {
            return Set.of(Artifact.PLEDGES);
        }

        @Override
        public Document annotate(Document doc) {
            List<Pledge> out = new ArrayList<>();
            Matcher m = Pattern.compile("will[^\n]*").matcher(doc.text());
            while (m.find()) {
                out.add(new Pledge("p" + (out.size() + 1), m.group(), m.start(), m.end(), List.of(),
                        TextSpan.of(doc.text(), m.start(), m.start() + 4), null, "intention", List.of(), null, null, false,
                        null, "will", 0.5));
            }
            return doc.withPledges(out);
        }
    }

    @Test
    void countsSentencesAgainstLabelsAndKeywords(@TempDir Path dir) throws IOException {
        Path set = dir.resolve("en-test.tsv");
        Files.writeString(set, """
                # a comment
                keywords\t(?i)\\b(will|pledge)\\b
                1\tWe will build the bridge.
                1\tThe council pledged new funds.
                0\tPrices will rise.
                0\tThe minister visited Rome.
                """);
        PledgeSentences.Result r = PledgeSentences.run(Pipeline.builder().add(new WillStage()).build(), set);
        assertEquals("""
                [en-test] 4 sentences, 2 commitments
                  pipeline P 0.500 R 0.500 F1 0.500 (tp 1 fp 1 fn 1)
                  keywords P 0.500 R 0.500 F1 0.500 (tp 1 fp 1 fn 1)
                  FN  The council pledged new funds.
                  FP  Prices will rise.""", String.join("\n", r.lines()));
    }

    @Test
    void aBadLabelNamesItsLine(@TempDir Path dir) throws IOException {
        Path set = dir.resolve("it.tsv");
        Files.writeString(set, "yes\tIl governo stanzierà 10 milioni.\n");
        IOException e = assertThrows(IOException.class, () -> PledgeSentences.read(set));
        assertEquals(set + ": expected label<TAB>sentence or keywords<TAB>regex: yes\tIl governo stanzierà 10 milioni.",
                e.getMessage());
    }
}
