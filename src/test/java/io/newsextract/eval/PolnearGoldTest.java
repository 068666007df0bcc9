package io.newsextract.eval;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsextract.corpora.Polnear;
import io.newsextract.io.Json;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The gold of a PolNeAR split read directly equals what the converter (polnear_to_gold.py) wrote for it. */
class PolnearGoldTest {

    private static final Path SPLIT = Path.of("src/test/resources/polnear-tiny");

    @Test
    void goldQuotesFollowTheConvertersRules() {
        Polnear.Article a = Polnear.read(SPLIT).get(0);
        assertEquals("""
                direct 'we will win' <- Obama
                indirect 'the plan' <- He
                indirect 'was good' <- He""", PolnearGold.quotes(a).stream()
                .map(q -> q.kind() + " '" + q.text() + "' <- " + q.source()).collect(Collectors.joining("\n")));
    }

    @Test
    void goldFileEqualsTheConvertersFile() throws IOException {
        Polnear.Article a = Polnear.read(SPLIT).get(0);
        JsonNode converted = Json.MAPPER.readTree(Files.readString(SPLIT.resolve("converted/doc1.json")));
        assertEquals(converted, PolnearGold.goldFile(a));
    }

    @Test
    void scoringTheSplitEqualsScoringTheConvertedFiles(@org.junit.jupiter.api.io.TempDir Path pred) throws IOException {
        Files.writeString(pred.resolve("doc1.json"), """
                {"docId": "doc1", "language": "en", "quotes": [
                 {"id": "q1", "text": "we will win", "start": 12, "end": 23, "kind": "direct", "speaker": {"name": "Obama"}},
                 {"id": "q2", "text": "stunt", "start": 48, "end": 53, "kind": "partial"},
                 {"id": "q3", "text": "the plan", "start": 63, "end": 71, "kind": "indirect"}]}""");
        Evaluation direct = Evaluation.runPolnear(SPLIT, pred);
        Evaluation converted = Evaluation.run(SPLIT.resolve("converted"), pred, SPLIT);
        assertEquals(converted.asMap(), direct.asMap());
        assertEquals(List.of(0.5, 1.0, 1.0), List.of(direct.total().figures().get("quote_p"),
                direct.total().figures().get("quote_r"), direct.total().figures().get("indirect_p")));
    }
}
