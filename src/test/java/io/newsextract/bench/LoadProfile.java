package io.newsextract.bench;

import io.newsextract.attribution.AttributionStage;
import io.newsextract.commitment.CommitmentStage;
import io.newsextract.lang.LanguageDetectionStage;
import io.newsextract.learn.Classifier;
import io.newsextract.lexicon.LanguageConfig;
import io.newsextract.lexicon.LanguageData;
import io.newsextract.lexicon.LanguageResources;
import io.newsextract.ner.CrfLabeler;
import io.newsextract.ner.FastCrfTagger;
import io.newsextract.quote.QuoteDetectionStage;
import io.newsextract.quote.ReportedSpeechStage;
import io.newsextract.sector.SectorStage;
import io.newsextract.segment.SegmentationStage;
import io.newsextract.segment.TaggingStage;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Where {@code StandardPipeline.create()} spends its load time: each model loaded alone, one after the other, on the
 * main thread, with its wall time, the main thread's CPU time, the whole process's CPU time (GC and JIT threads
 * included) and the GC time. On a busy machine wall time grows but the CPU times stay. Run from the repository root
 * after {@code mvn -o -q -DskipTests package test-compile}:
 * <pre>
 * java -cp target/test-classes:target/newsextract.jar io.newsextract.bench.LoadProfile [pipeline]
 * </pre>
 * With {@code pipeline} it times {@code StandardPipeline.create()} as a whole instead (its parallel load): on a
 * quiet 2-core machine its wall time is about the larger of its longest load and half its process CPU time.
 */
public final class LoadProfile {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final com.sun.management.OperatingSystemMXBean PROCESS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private LoadProfile() {
    }

    public static void main(String[] args) {
        if (List.of(args).contains("pipeline")) {
            System.out.printf(Locale.ROOT, "%-44s %8s %8s %8s %8s%n", "step", "wall s", "thread s", "proc s", "gc s");
            step("StandardPipeline.create()", io.newsextract.StandardPipeline::create);
            return;
        }
        System.out.printf(Locale.ROOT, "%-44s %8s %8s %8s %8s%n", "step", "wall s", "thread s", "proc s", "gc s");
        Map<String, LanguageConfig> configs = new LinkedHashMap<>();
        step("language configs", () -> {
            for (String lang : LanguageData.lines(null, "languages.txt")) {
                configs.put(lang, LanguageConfig.load(lang));
            }
        });
        step("langdetect (OpenNLP)", LanguageDetectionStage::new);
        for (String lang : configs.keySet()) {
            step("segmentation " + lang + " (" + configs.get(lang).tokenizer() + ")",
                    () -> new SegmentationStage(Map.of(lang, configs.get(lang))));
        }
        for (String lang : configs.keySet()) {
            step("pos tagger " + lang, () -> new TaggingStage(Map.of(lang, configs.get(lang))));
        }
        Map<String, LanguageResources> langs = new LinkedHashMap<>();
        step("language resources", () -> langs.putAll(LanguageResources.load(configs.keySet())));
        step("quotes + reported speech", () -> {
            new QuoteDetectionStage(langs);
            new ReportedSpeechStage(langs);
        });
        step("attribution", () -> new AttributionStage(langs));
        step("sectors", () -> new SectorStage(langs, Classifier.load(SectorStage.MODEL)));
        step("commitments", () -> new CommitmentStage(langs));
        for (String lang : langs.keySet()) {
            LanguageConfig c = configs.get(lang);
            if (c.nerModel() != null) {
                step("ner " + lang + " (" + c.nerGazette() + ")", () -> {
                    if (c.nerGazette().equals("indexed")) {
                        FastCrfTagger.load(c.nerModel());
                    } else {
                        new CrfLabeler(c.nerModel());
                    }
                });
            }
        }
        // the critical path split: CoreNLP's deserialisation alone, then again with the gazette indexing
        step("ner it: CRFClassifier.getClassifier only", () -> {
            try {
                edu.stanford.nlp.ie.crf.CRFClassifier.getClassifier(io.newsextract.lexicon.LanguageConfig.load("it").nerModel());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static void step(String name, Runnable r) {
        long wall = System.nanoTime();
        long thread = THREADS.getCurrentThreadCpuTime();
        long proc = PROCESS.getProcessCpuTime();
        long gc = gcMillis();
        r.run();
        System.out.printf(Locale.ROOT, "%-44s %8.2f %8.2f %8.2f %8.2f%n", name, (System.nanoTime() - wall) / 1e9,
                (THREADS.getCurrentThreadCpuTime() - thread) / 1e9, (PROCESS.getProcessCpuTime() - proc) / 1e9,
                (gcMillis() - gc) / 1e3);
    }

    private static long gcMillis() {
        long total = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            total += Math.max(0, gc.getCollectionTime());
        }
        return total;
    }
}
