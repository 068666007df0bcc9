package io.newsextract;

import io.newsextract.api.Pipeline;
import io.newsextract.api.PipelineException;
import io.newsextract.api.Stage;
import io.newsextract.attribution.AttributionStage;
import io.newsextract.clean.CleaningStage;
import io.newsextract.clean.MetadataStage;
import io.newsextract.commitment.CommitmentStage;
import io.newsextract.lang.LanguageDetectionStage;
import io.newsextract.learn.Classifier;
import io.newsextract.lexicon.LanguageConfig;
import io.newsextract.lexicon.LanguageData;
import io.newsextract.lexicon.LanguageResources;
import io.newsextract.ner.CrfLabeler;
import io.newsextract.ner.FastCrfTagger;
import io.newsextract.ner.EntityRecognitionStage;
import io.newsextract.ner.SequenceLabeler;
import io.newsextract.learn.Classifier;
import io.newsextract.quote.QuoteDetectionStage;
import io.newsextract.quote.QuoteSpanStage;
import io.newsextract.quote.ReportedSpeechStage;
import io.newsextract.reading.ReadingStage;
import io.newsextract.sector.SectorStage;
import io.newsextract.segment.SegmentationStage;
import io.newsextract.segment.TaggingStage;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.Supplier;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The product's pipeline: language detection, cleaning, metadata, sentences and tokens, tags, entities, quotes and
 * attribution, sectors, commitments — for every language listed in {@code models/languages.txt}.
 * Loading takes seconds; build it once and share it (it is thread-safe).
 */
public final class StandardPipeline {

    private StandardPipeline() {
    }

    public static Pipeline create() {
        return createUntil(null);
    }

    /**
     * The pipeline up to and including the stage named {@code lastStage} (all of it when null). The stages after it
     * are not built, so their trained models are not loaded: {@code train} reads the text through the stages before
     * the decision it learns.
     */
    public static Pipeline createUntil(String lastStage) {
        List<String> languages = LanguageData.lines(null, "languages.txt");
        Map<String, LanguageConfig> configs = new LinkedHashMap<>();
        for (String lang : languages) {
            configs.put(lang, LanguageConfig.load(lang));
        }
        Map<String, LanguageResources> resources = LanguageResources.load(languages);
        // models load in parallel: loading is most of the start-up time and the loads are independent
        Map<String, CompletableFuture<SequenceLabeler>> labelers = new LinkedHashMap<>();
        configs.forEach((lang, c) -> {
            if (c.nerModel() != null) {
                labelers.put(lang, CompletableFuture.supplyAsync(() -> c.nerGazette().equals("indexed")
                        ? FastCrfTagger.load(c.nerModel()) : new CrfLabeler(c.nerModel())));
            }
        });
        CompletableFuture<LanguageDetectionStage> language = CompletableFuture.supplyAsync(LanguageDetectionStage::new);
        CompletableFuture<SegmentationStage> segmentation = CompletableFuture.supplyAsync(() -> new SegmentationStage(configs));
        CompletableFuture<TaggingStage> tagging = CompletableFuture.supplyAsync(() -> new TaggingStage(configs));
        Map<String, SequenceLabeler> loaded = new LinkedHashMap<>();
        labelers.forEach((lang, f) -> loaded.put(lang, join(f)));
        List<Supplier<Stage>> stages = List.of(
                () -> join(language),
                CleaningStage::new,
                () -> new MetadataStage(resources),
                () -> join(segmentation),
                () -> join(tagging),
                () -> new EntityRecognitionStage(loaded, resources),
                () -> new ReadingStage(resources),
                // every quote-mark span goes on: the quote-span model decides after attribution, the drop rules are its features
                () -> new QuoteDetectionStage(resources, false),
                () -> new ReportedSpeechStage(resources, ReportedSpeechStage.loadModel()),
                () -> new AttributionStage(resources, Classifier.load(AttributionStage.speakerModelName())),
                () -> new QuoteSpanStage(resources, Classifier.load(QuoteSpanStage.MODEL)),
                () -> new SectorStage(resources, Classifier.load(SectorStage.MODEL)),
                () -> new CommitmentStage(resources, Classifier::load));
        Pipeline.Builder b = Pipeline.builder();
        for (Supplier<Stage> s : stages) {
            Stage stage = s.get();
            b.add(stage);
            if (stage.name().equals(lastStage)) {
                return b.build();
            }
        }
        if (lastStage != null) {
            throw new PipelineException("no stage named " + lastStage);
        }
        return b.build();
    }

    /**
     * Saves in {@code dir} what loading the pipeline builds from its models on a first run (the indexed NER
     * gazettes, see {@link FastCrfTagger#prepare}), so that pipelines loaded with {@code dir} as their prepared or
     * cache folder start in seconds.
     *
     * @return the files written or found valid, one per model
     */
    public static List<Path> prepare(Path dir) {
        List<Path> files = new ArrayList<>();
        for (String lang : LanguageData.lines(null, "languages.txt")) {
            LanguageConfig c = LanguageConfig.load(lang);
            if (c.nerModel() != null && c.nerGazette().equals("indexed")) {
                files.add(FastCrfTagger.prepare(c.nerModel(), dir));
            }
        }
        return files;
    }

    private static <T> T join(CompletableFuture<T> f) {
        try {
            return f.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }
}
