package io.newsextract.learn;

import io.newsextract.api.PipelineException;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.MaxentModel;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A trained classifier: string features in, outcome probabilities out. Immutable and thread-safe once loaded (the
 * OpenNLP model's {@code eval} keeps no state). Loaded from the class path ({@code models/learned/<name>.bin}) or a
 * file, once per pipeline. It may be an ensemble: models trained on the same examples with different settings, written
 * one after the other in the same file, whose probabilities it averages (see {@link Trainer#train(String, List)}).
 */
public final class Classifier {

    /** Where the committed models live, on the class path and under the project folder. */
    public static final String FOLDER = "models/learned/";

    private final String name;
    private final List<MaxentModel> models;

    Classifier(String name, List<MaxentModel> models) {
        this.name = name;
        this.models = List.copyOf(models);
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

    /** Reads the models of the file one after the other, up to its end. */
    private static Classifier read(String name, InputStream in, String where) {
        try (InputStream s = new BufferedInputStream(in)) {
            List<MaxentModel> models = new ArrayList<>();
            while (models.isEmpty() || more(s)) {
                models.add(new GenericModelReader(new BinaryFileDataReader(s)).getModel());
            }
            return new Classifier(name, models);
        } catch (IOException | RuntimeException e) {
            throw new PipelineException("cannot read trained model " + where + ": " + e.getMessage(), e);
        }
    }

    /** Whether the stream holds another byte, which it leaves unread. */
    private static boolean more(InputStream s) throws IOException {
        s.mark(1);
        boolean more = s.read() >= 0;
        s.reset();
        return more;
    }

    List<MaxentModel> models() {
        return models;
    }

    public String name() {
        return name;
    }

    /** The probability of {@code outcome} given the features; 0 when the model never saw that outcome. */
    public double probability(Collection<String> features, String outcome) {
        int i = models.get(0).getIndex(outcome);
        return i < 0 ? 0 : probabilities(features)[i];
    }

    /** Probabilities of all outcomes, in {@link #outcomes()} order: the mean of the models' for an ensemble. */
    public double[] probabilities(Collection<String> features) {
        String[] context = features.toArray(String[]::new);
        if (models.size() == 1) {
            return models.get(0).eval(context);
        }
        String[] outcomes = outcomes();
        double[] mean = new double[outcomes.length];
        for (MaxentModel m : models) {
            double[] p = m.eval(context);
            for (int i = 0; i < outcomes.length; i++) {
                mean[i] += p[m.getIndex(outcomes[i])] / models.size();
            }
        }
        return mean;
    }

    public String[] outcomes() {
        MaxentModel first = models.get(0);
        String[] out = new String[first.getNumOutcomes()];
        for (int i = 0; i < out.length; i++) {
            out[i] = first.getOutcome(i);
        }
        return out;
    }
}
