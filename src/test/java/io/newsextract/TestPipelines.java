package io.newsextract;

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

    public static Pipeline standard() {
        return Holder.STANDARD;
    }

    public static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
