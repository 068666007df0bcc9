package io.newsextract.ner;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreLabel;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Load times and warm tagging speed of the stock Italian CRF and of {@link FastCrfTagger}, on the same
 * cdc_tokenize'd sentences of the test articles. Run from the repository root after {@code mvn -o -q test-compile}:
 * <pre>
 * mvn -o -q dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -Xmx3g -cp target/test-classes:target/classes:$(cat target/cp.txt) io.newsextract.ner.NerThroughput
 * </pre>
 * Wall-clock rates depend on what else the machine runs; the rates per CPU second of the tagging thread less so.
 */
public final class NerThroughput {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final com.sun.management.OperatingSystemMXBean PROCESS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private NerThroughput() {
    }

    public static void main(String[] args) throws Exception {
        List<List<String>> sentences = new ArrayList<>();
        for (Path article : ItalianNer.ARTICLES) {
            sentences.addAll(ItalianSentences.of(article));
        }
        int tokens = sentences.stream().mapToInt(List::size).sum();
        System.out.printf(Locale.ROOT, "%d sentences, %d tokens%n", sentences.size(), tokens);

        // the fast tagger first, alone in the heap as in the product; the stock model's 0.7 GB would slow its GC
        Timer t = new Timer();
        CRFClassifier<CoreLabel> loaded = CRFClassifier.getClassifier(io.newsextract.lexicon.LanguageConfig.load("it").nerModel());
        t.print("fast load: deserialisation");
        Timer index = new Timer();
        FastCrfTagger fast = FastCrfTagger.indexing(io.newsextract.lexicon.LanguageConfig.load("it").nerModel(), loaded);
        index.print("fast load: gazette index (" + fast.gazetteEntries() + " entries) + warm-up call");
        t.print("fast load: total");
        t = new Timer();
        CRFClassifier<CoreLabel> stock = CRFClassifier.getClassifier(io.newsextract.lexicon.LanguageConfig.load("it").nerModel());
        t.print("stock load");

        Consumer<List<String>> fastCall = fast::labels;
        Consumer<List<String>> stockCall = words -> stock.classifySentence(
                edu.stanford.nlp.ling.SentenceUtils.toCoreLabelList(words.toArray(new String[0])));

        for (int i = 0; i < 10; i++) {
            run(sentences, fastCall);
        }
        List<double[]> fastRuns = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            fastRuns.add(run(sentences, fastCall));
        }
        run(sentences.subList(0, 10), stockCall);
        double[] stockRun = run(sentences, stockCall);

        fastRuns.sort((a, b) -> Double.compare(a[0], b[0]));
        double[] fastMedian = fastRuns.get(fastRuns.size() / 2);
        System.out.printf(Locale.ROOT, "stock: %,.0f tokens/s wall, %,.0f tokens per CPU second%n",
                tokens / stockRun[0], tokens / stockRun[1]);
        System.out.printf(Locale.ROOT, "fast:  %,.0f tokens/s wall, %,.0f tokens per CPU second (median of 5)%n",
                tokens / fastMedian[0], tokens / fastMedian[1]);
    }

    /** Seconds of wall clock and of this thread's CPU for tagging every sentence once. */
    private static double[] run(List<List<String>> sentences, Consumer<List<String>> tagger) {
        Timer t = new Timer();
        for (List<String> words : sentences) {
            tagger.accept(words);
        }
        return new double[] {t.wallSeconds(), t.cpuSeconds()};
    }

    private static final class Timer {
        private final long wall = System.nanoTime();
        private final long cpu = THREADS.getCurrentThreadCpuTime();
        private final long processCpu = PROCESS.getProcessCpuTime();

        double wallSeconds() {
            return (System.nanoTime() - wall) / 1e9;
        }

        double cpuSeconds() {
            return (THREADS.getCurrentThreadCpuTime() - cpu) / 1e9;
        }

        void print(String what) {
            System.out.printf(Locale.ROOT, "%s: %.2f s wall, %.2f s CPU of the loading thread, %.2f s CPU in all"
                    + " (GC included)%n", what, wallSeconds(), cpuSeconds(),
                    (PROCESS.getProcessCpuTime() - processCpu) / 1e9);
        }
    }
}
