package io.newsextract.bench;

import io.newsextract.api.Document;
import io.newsextract.api.Pipeline;
import io.newsextract.io.DecodedText;
import io.newsextract.io.InputFile;
import io.newsextract.io.InputRejected;
import io.newsextract.io.InputScanner;
import io.newsextract.io.TextDecoder;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * Measures a pipeline on a folder of articles: load time, warm throughput per language (tokens per second of
 * worker time, i.e. per thread) and overall (tokens per wall second), articles per second and peak heap.
 */
public final class Benchmark {

    /** An article ready to run: its text and language as the pipeline saw it in the warm-up. */
    public record Article(String docId, String text, String language, int tokens) {
    }

    /** Per-language totals of one measured run. */
    public record LanguageFigures(long tokens, int articles, double workerSeconds) {
        public double tokensPerSecond() {
            return workerSeconds > 0 ? tokens / workerSeconds : 0;
        }
    }

    /**
     * @param peakHeapMB     the most heap the run needed: peak occupancy right after a garbage collection
     * @param peakHeapUsedMB peak heap use including garbage not yet collected (grows with the heap the JVM is given)
     */
    public record Result(double loadSeconds, int threads, int repeat, double wallSeconds, long peakHeapMB,
                         long peakHeapUsedMB, Map<String, LanguageFigures> byLanguage, List<Article> articleList) {

        public long tokens() {
            return byLanguage.values().stream().mapToLong(LanguageFigures::tokens).sum();
        }

        public int articles() {
            return byLanguage.values().stream().mapToInt(LanguageFigures::articles).sum();
        }
    }

    private Benchmark() {
    }

    /** Reads and decodes the articles of a folder, skipping files that are not articles. */
    public static List<String[]> read(Path in) throws IOException {
        List<String[]> out = new ArrayList<>();
        for (InputFile f : InputScanner.scan(in)) {
            try {
                DecodedText t = TextDecoder.decode(Files.readAllBytes(f.path()));
                out.add(new String[]{f.docId(), t.text()});
            } catch (InputRejected e) {
                // not an article: nothing to measure
            }
        }
        return out;
    }

    /** The texts, repeated under new ids ({@code id~2}, {@code id~3}, …) until there are at least {@code min}. */
    public static List<String[]> grow(List<String[]> texts, int min) {
        List<String[]> out = new ArrayList<>(texts);
        for (int copy = 2; !texts.isEmpty() && out.size() < min; copy++) {
            for (int i = 0; i < texts.size() && out.size() < min; i++) {
                out.add(new String[]{texts.get(i)[0] + "~" + copy, texts.get(i)[1]});
            }
        }
        return out;
    }

    public static Result run(Supplier<Pipeline> loader, List<String[]> texts, int repeat, int threads)
            throws InterruptedException, ExecutionException {
        resetPeaks();
        try (HeapWatch heap = new HeapWatch()) {
            return measure(loader, texts, repeat, threads, heap);
        }
    }

    private static Result measure(Supplier<Pipeline> loader, List<String[]> texts, int repeat, int threads,
                                  HeapWatch heap) throws InterruptedException, ExecutionException {
        long t0 = System.nanoTime();
        Pipeline pipeline = loader.get();
        double load = (System.nanoTime() - t0) / 1e9;
        List<Article> articles = new ArrayList<>();
        for (String[] t : texts) {   // warm-up pass, which also tells each article's language and size
            Document d = pipeline.annotate(Document.of(t[0], t[0] + ".txt", t[1]));
            articles.add(new Article(t[0], t[1], d.languageCode(), d.tokenCount()));
        }
        Map<String, long[]> tokens = new TreeMap<>();
        Map<String, long[]> nanos = new TreeMap<>();
        Map<String, int[]> counts = new TreeMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long w0 = System.nanoTime();
        try {
            List<Future<long[]>> futures = new ArrayList<>();
            for (int r = 0; r < repeat; r++) {
                for (Article a : articles) {
                    futures.add(pool.submit(() -> {
                        long s = System.nanoTime();
                        Document d = pipeline.annotate(Document.of(a.docId(), a.docId() + ".txt", a.text()));
                        return new long[]{System.nanoTime() - s, d.tokenCount()};
                    }));
                }
            }
            int i = 0;
            for (Future<long[]> f : futures) {
                long[] v = f.get();
                Article a = articles.get(i++ % articles.size());
                tokens.computeIfAbsent(a.language(), k -> new long[1])[0] += v[1];
                nanos.computeIfAbsent(a.language(), k -> new long[1])[0] += v[0];
                counts.computeIfAbsent(a.language(), k -> new int[1])[0]++;
            }
        } finally {
            pool.shutdownNow();
        }
        double wall = (System.nanoTime() - w0) / 1e9;
        Map<String, LanguageFigures> by = new TreeMap<>();
        tokens.forEach((lang, t) -> by.put(lang, new LanguageFigures(t[0], counts.get(lang)[0], nanos.get(lang)[0] / 1e9)));
        long used = peakHeapMB();
        return new Result(load, threads, repeat, wall, heap.peakMB(), used, by, List.copyOf(articles));
    }

    static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    /** The largest heap use seen since the last reset, summed over heap pools (an upper bound of the true peak). */
    public static long peakHeapMB() {
        long bytes = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                bytes += pool.getPeakUsage().getUsed();
            }
        }
        return bytes / (1024 * 1024);
    }
}
