package io.newsextract.cli;

import io.newsextract.bench.Benchmark;
import io.newsextract.bench.StockCoreNlp;
import io.newsextract.io.Json;
import io.newsextract.lexicon.LanguageConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure load time, warm tokens/s per language, articles/s and peak heap on a folder of articles.")
final class BenchCommand implements Callable<Integer> {

    @ParentCommand
    Main main;

    @Option(names = "--in", defaultValue = "corpus", description = "folder of articles (default: ${DEFAULT-VALUE})")
    Path in;

    @Option(names = "--repeat", defaultValue = "3", description = "warm passes over the corpus (default: ${DEFAULT-VALUE})")
    int repeat;

    @Option(names = "--threads", defaultValue = "1", description = "worker threads (default: ${DEFAULT-VALUE})")
    int threads;

    @Option(names = "--vs-corenlp", description = "also run the stock CoreNLP pipelines on the same articles")
    boolean vsCoreNlp;

    @Option(names = "--json", description = "print one JSON object")
    boolean json;

    @Option(names = "--min-articles", defaultValue = "0",
            description = "repeat the corpus under new ids until it holds at least this many articles")
    int minArticles;

    @Option(names = "--scaling", description = "also time one pass with 1 thread and report the speed-up of --threads")
    boolean scaling;

    @Override
    public Integer call() throws Exception {
        if (repeat < 1 || threads < 1) {
            System.err.println("error: --repeat and --threads must be at least 1");
            return Main.USAGE;
        }
        List<String[]> texts = Benchmark.grow(Benchmark.read(in), minArticles);
        Benchmark.Result r = Benchmark.run(main::pipeline, texts, repeat, threads);
        Map<String, Double> tps = new LinkedHashMap<>();
        r.byLanguage().forEach((lang, f) -> tps.put(lang, f.tokensPerSecond()));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("loadSeconds", r.loadSeconds());
        out.put("threads", r.threads());
        out.put("repeat", r.repeat());
        out.put("articles", r.articles());
        out.put("tokens", r.tokens());
        out.put("wallSeconds", r.wallSeconds());
        out.put("articlesPerSecond", r.articles() / r.wallSeconds());
        out.put("wallTokensPerSecond", r.tokens() / r.wallSeconds());
        out.put("tokensPerSecond", tps);
        out.put("peakHeapMB", r.peakHeapMB());
        out.put("peakHeapUsedMB", r.peakHeapUsedMB());
        if (scaling) {
            // the first run above also warmed the JIT; time 1 thread and N threads again, both warm
            Benchmark.Result one = Benchmark.run(main::pipeline, texts, repeat, 1);
            Benchmark.Result many = Benchmark.run(main::pipeline, texts, repeat, threads);
            out.put("wallSecondsOneThread", one.wallSeconds());
            out.put("wallSecondsThreads", many.wallSeconds());
            out.put("speedup", one.wallSeconds() / many.wallSeconds());
        }
        if (vsCoreNlp) {
            Map<String, Double> stock = new LinkedHashMap<>();
            Map<String, Double> ratio = new LinkedHashMap<>();
            for (String lang : tps.keySet()) {
                LanguageConfig config = LanguageConfig.load(lang);
                if (!StockCoreNlp.exists(config)) {
                    continue;
                }
                List<String> ofLang = r.articleList().stream().filter(a -> a.language().equals(lang))
                        .map(Benchmark.Article::text).toList();
                long t0 = System.nanoTime();
                var nlp = StockCoreNlp.load(config);
                System.err.printf("stock CoreNLP %s loaded in %.1f s%n", lang, (System.nanoTime() - t0) / 1e9);
                double s = StockCoreNlp.tokensPerSecond(nlp, ofLang);
                stock.put(lang, s);
                ratio.put(lang, tps.get(lang) / s);
            }
            out.put("corenlpTokensPerSecond", stock);
            out.put("corenlpRatio", ratio);
        }
        if (json) {
            System.out.println(Json.MAPPER.writeValueAsString(out));
        } else {
            out.forEach((k, v) -> System.out.println(k + ": " + (v instanceof Double d ? String.format("%.2f", d) : v)));
        }
        return Main.OK;
    }
}
