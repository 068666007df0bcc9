package io.newsextract.lang;

import io.newsextract.api.Artifact;
import io.newsextract.api.DetectedLanguage;
import io.newsextract.api.Document;
import io.newsextract.api.PipelineException;
import io.newsextract.api.Stage;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Detects the article's language with OpenNLP's character n-gram detector (model from the
 * {@code opennlp-models-langdetect} artifact) and reports it as ISO 639-1.
 */
public final class LanguageDetectionStage implements Stage {

    private static final String MODEL = "langdetect-183.bin";
    /** The detector reads at most this many characters: the start of an article is enough to tell its language. */
    private static final int MAX_CHARS = 4_000;
    /** Below this many letters the guess is noise. */
    private static final int MIN_LETTERS = 12;

    private final LanguageDetectorME detector;
    private final Map<String, String> iso3to1;

    public LanguageDetectionStage() {
        try (InputStream in = LanguageDetectionStage.class.getClassLoader().getResourceAsStream(MODEL)) {
            if (in == null) {
                throw new PipelineException("language detection model " + MODEL + " is not on the class path");
            }
            detector = new LanguageDetectorME(new LanguageDetectorModel(in));
        } catch (IOException e) {
            throw new PipelineException("cannot load language detection model " + MODEL, e);
        }
        iso3to1 = isoTable();
    }

    @Override
    public String name() {
        return "language";
    }

    @Override
    public Set<Artifact> requires() {
        return Set.of();
    }

    @Override
    public Set<Artifact> produces() {
        return Set.of(Artifact.LANGUAGE);
    }

    @Override
    public Document annotate(Document document) {
        DetectedLanguage lang = detect(document.text());
        Document out = document.withLanguage(lang);
        if (lang.code().equals(DetectedLanguage.UNDETERMINED)) {
            out = out.withWarning("language could not be determined");
        }
        return out;
    }

    /** The language of a text; "und" when it has too few letters to tell. LanguageDetectorME is stateless. */
    public DetectedLanguage detect(String text) {
        String sample = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        if (sample.codePoints().filter(Character::isLetter).count() < MIN_LETTERS) {
            return new DetectedLanguage(DetectedLanguage.UNDETERMINED, 0.0);
        }
        Language best = detector.predictLanguage(sample);
        String code = iso3to1.getOrDefault(best.getLang(), DetectedLanguage.UNDETERMINED);
        return new DetectedLanguage(code, Math.round(best.getConfidence() * 1000) / 1000.0);
    }

    /** ISO 639-3 (and 639-2/B) codes the model uses, mapped to ISO 639-1 through the JDK's own tables. */
    private static Map<String, String> isoTable() {
        Map<String, String> table = new HashMap<>();
        for (String two : Locale.getISOLanguages()) {
            try {
                table.put(new Locale(two).getISO3Language(), two);
            } catch (java.util.MissingResourceException ignored) {
                // a two-letter code without a three-letter twin cannot be produced by the model
            }
        }
        // the model's macro-language and bibliographic codes that the JDK spells differently
        table.putIfAbsent("cmn", "zh");
        table.putIfAbsent("fas", "fa");
        table.putIfAbsent("msa", "ms");
        table.putIfAbsent("zlm", "ms");
        table.putIfAbsent("ekk", "et");
        table.putIfAbsent("lvs", "lv");
        table.putIfAbsent("pes", "fa");
        table.putIfAbsent("swh", "sw");
        table.putIfAbsent("uzn", "uz");
        return Map.copyOf(table);
    }
}
