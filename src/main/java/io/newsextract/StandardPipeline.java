package io.newsextract;

import io.newsextract.api.Pipeline;
import io.newsextract.clean.CleaningStage;
import io.newsextract.commitment.CommitmentStage;
import io.newsextract.clean.MetadataStage;
import io.newsextract.lang.LanguageDetectionStage;
import io.newsextract.lexicon.LanguageConfig;
import io.newsextract.lexicon.LanguageData;
import io.newsextract.ner.CrfLabeler;
import io.newsextract.ner.EntityRecognitionStage;
import io.newsextract.ner.SequenceLabeler;
import io.newsextract.sector.SectorStage;
import io.newsextract.segment.SegmentationStage;
import io.newsextract.segment.TaggingStage;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The product's pipeline: language detection, cleaning, metadata, sentences and tokens, tags, entities, quotes and
 * attribution, sectors, commitments — for every language listed in {@code models/languages.txt}.
 * Loading takes seconds; build it once and share it (it is thread-safe).
 */
public final class StandardPipeline {

    private StandardPipeline() {
    }

    public static Pipeline create() {
        List<String> languages = LanguageData.lines(null, "languages.txt");
        Map<String, LanguageConfig> configs = new LinkedHashMap<>();
        for (String lang : languages) {
            configs.put(lang, LanguageConfig.load(lang));
        }
        Map<String, SequenceLabeler> labelers = new LinkedHashMap<>();
        configs.forEach((lang, c) -> {
            if (c.nerModel() != null) {
                labelers.put(lang, new CrfLabeler(c.nerModel()));
            }
        });
        return Pipeline.builder()
                .add(new LanguageDetectionStage())
                .add(new CleaningStage())
                .add(new MetadataStage(configs.keySet()))
                .add(new SegmentationStage(configs))
                .add(new TaggingStage(configs))
                .add(new EntityRecognitionStage(labelers))
                // quotes and attribution (issue 3) plug in here
                .add(new SectorStage(configs.keySet()))
                .add(new CommitmentStage(configs.keySet()))
                .build();
    }
}
