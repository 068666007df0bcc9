package io.newsextract;

import io.newsextract.api.Document;
import io.newsextract.api.Pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The standard pipeline, loaded once per test JVM and shared by every test that needs real models. */
public final class TestPipelines {

    public static final Path EN_SAMPLE = Path.of("corpus/en/002_e611f32bee1efeaa.txt");
    public static final Path IT_SAMPLE = Path.of("corpus/it/000_e3ea19b8992806a7.txt");

    private TestPipelines() {
    }

    private static final class Holder {
        static final Pipeline STANDARD = StandardPipeline.create();
    }

    private static final class Samples {
        static final Document EN = standard().annotate(Document.of("002_e611f32bee1efeaa",
                "en/002_e611f32bee1efeaa.txt", read(EN_SAMPLE)));
        static final Document IT = standard().annotate(Document.of("000_e3ea19b8992806a7",
                "it/000_e3ea19b8992806a7.txt", read(IT_SAMPLE)));
    }

    public static Pipeline standard() {
        return Holder.STANDARD;
    }

    /** The English sample article through the standard pipeline, annotated once per JVM. */
    public static Document englishSample() {
        return Samples.EN;
    }

    /** The Italian sample article through the standard pipeline, annotated once per JVM. */
    public static Document italianSample() {
        return Samples.IT;
    }

    public static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
