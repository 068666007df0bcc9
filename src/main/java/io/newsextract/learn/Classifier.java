package io.newsextract.learn;

import io.newsextract.api.PipelineException;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.MaxentModel;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;

/**
 * A trained classifier: string features in, outcome probabilities out. Immutable and thread-safe once loaded (the
 * OpenNLP model's {@code eval} keeps no state). Loaded from the class path ({@code models/learned/<name>.bin}) or a
 * file, once per pipeline.
 */
public final class Classifier {

    /** Where the committed models live, on the class path and under the project folder. */
    public static final String FOLDER = "models/learned/";

    private final String name;
    private final MaxentModel model;

    Classifier(String name, MaxentModel model) {
        this.name = name;
        this.model = model;
    }

    /** The committed model {@code models/learned/<name>.bin} from the class path. */
    public static Classifier load(String name) {
        String resource = FOLDER + name + ".bin";
        InputStream in = Classifier.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new PipelineException("missing trained model " + resource + " (build it with: train " + name + ")");
        }
        return read(name, in, resource);
    }

    /** A model file written by {@link Trainer}. */
    public static Classifier load(String name, Path file) {
        try {
            return read(name, Files.newInputStream(file), file.toString());
        } catch (IOException e) {
            throw new PipelineException("cannot read trained model " + file, e);
        }
    }

    private static Classifier read(String name, InputStream in, String where) {
        try (InputStream s = new BufferedInputStream(in)) {
            AbstractModel m = new GenericModelReader(new BinaryFileDataReader(s)).getModel();
            return new Classifier(name, m);
        } catch (IOException | RuntimeException e) {
            throw new PipelineException("cannot read trained model " + where + ": " + e.getMessage(), e);
        }
    }

    MaxentModel model() {
        return model;
    }

    public String name() {
        return name;
    }

    /** The probability of {@code outcome} given the features; 0 when the model never saw that outcome. */
    public double probability(Collection<String> features, String outcome) {
        int i = model.getIndex(outcome);
        if (i < 0) {
            return 0;
        }
        return model.eval(features.toArray(String[]::new))[i];
    }

    /** Probabilities of all outcomes, in {@link #outcomes()} order. */
    public double[] probabilities(Collection<String> features) {
        return model.eval(features.toArray(String[]::new));
    }

    public String[] outcomes() {
        String[] out = new String[model.getNumOutcomes()];
        for (int i = 0; i < out.length; i++) {
            out[i] = model.getOutcome(i);
        }
        return out;
    }
}
