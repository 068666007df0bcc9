package io.newsextract.ner;

import edu.stanford.nlp.ie.NERFeatureFactory;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.sequences.FeatureFactory;
import edu.stanford.nlp.util.PaddedList;
import io.newsextract.api.PipelineException;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FastCrfTaggerTest {

    @Test
    void labelsAreTheStockClassifiersTokenByToken() {
        int tokens = 0;
        int entityTokens = 0;
        List<String> differences = new ArrayList<>();
        for (StockRun.Sentence sentence : StockRun.sentences()) {
            List<String> words = sentence.words();
            List<String> stock = sentence.labels();
            List<String> fast = ItalianNer.fast().labels(words);
            assertEquals(words.size(), fast.size());
            for (int i = 0; i < words.size(); i++) {
                if (!stock.get(i).equals(fast.get(i))) {
                    differences.add(sentence.article().getFileName() + ": " + words.get(i) + " stock " + stock.get(i)
                            + " fast " + fast.get(i) + " in " + String.join(" ", words));
                }
                if (!stock.get(i).equals("O")) {
                    entityTokens++;
                }
            }
            tokens += words.size();
        }
        assertEquals(List.of(), differences);
        assertTrue(tokens > 2500, "compared " + tokens + " tokens");
        assertTrue(entityTokens > 200, "only " + entityTokens + " entity tokens");
    }

    /**
     * Stronger than equal labels: the node-clique features of every position, gazette ones included, are equal. The
     * stock ones are those its own factory computed while labelling (see {@link StockRun}), on its own input.
     */
    @Test
    void nodeFeaturesAreTheStockFactorysIncludingGazetteFeatures() {
        assertInstanceOf(NERFeatureFactory.class, ItalianNer.stock().featureFactories.get(0));
        FeatureFactory<CoreLabel> fast = ItalianNer.fast().classifier().featureFactories.get(0);
        assertInstanceOf(IndexedGazetteFeatureFactory.class, fast);
        int positionsWithGazette = 0;
        int positions = 0;
        for (StockRun.Sentence sentence : StockRun.sentences()) {
            PaddedList<CoreLabel> input = sentence.input();
            for (int i = 0; i < input.size(); i++) {
                Set<String> expected = sentence.nodeFeatures().get(i);
                Set<String> actual = new HashSet<>(fast.getCliqueFeatures(input, i, FeatureFactory.cliqueC));
                String word = input.get(i).word();
                assertEquals(expected, actual, () -> "features of " + word);
                if (expected.stream().anyMatch(f -> f.contains("-GAZ"))) {
                    positionsWithGazette++;
                }
                positions++;
            }
        }
        assertTrue(positions > 2500, "compared " + positions + " positions");
        assertTrue(positionsWithGazette > 200, "only " + positionsWithGazette + " positions with gazette features");
    }

    @Test
    void concurrentCallsGiveTheSequentialLabels() throws Exception {
        List<List<String>> sentences = new ArrayList<>();
        for (Path article : ItalianNer.ARTICLES) {
            sentences.addAll(ItalianSentences.of(article));
        }
        FastCrfTagger tagger = ItalianNer.fast();
        List<List<String>> sequential = new ArrayList<>();
        for (List<String> words : sentences) {
            sequential.add(tagger.labels(words));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<List<String>>>> runs = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int offset = t;
                runs.add(pool.submit(() -> {
                    List<List<String>> out = new ArrayList<>(sentences.size());
                    for (int k = 0; k < sentences.size(); k++) {
                        out.add(null);
                    }
                    // each thread walks the sentences from a different place, so that they overlap in time
                    for (int k = 0; k < sentences.size(); k++) {
                        int s = (k + offset * sentences.size() / 4) % sentences.size();
                        out.set(s, tagger.labels(sentences.get(s)));
                    }
                    return out;
                }));
            }
            for (Future<List<List<String>>> run : runs) {
                assertEquals(sequential, run.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void emptySentenceHasNoLabels() {
        assertEquals(List.of(), ItalianNer.fast().labels(List.of()));
    }

    @Test
    void aMissingModelFailsAsAPipelineError() {
        assertThrows(PipelineException.class, () -> FastCrfTagger.load("no/such/model.crf.ser.gz"));
    }
}
