package io.newsextract.learn;

import io.newsextract.api.PipelineException;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.maxent.quasinewton.QNTrainer;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.GenericModelWriter;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Trains a maximum-entropy classifier (OpenNLP's L-BFGS trainer with an L2 penalty) from labelled feature lists.
 * Deterministic: one thread, events in the order given, so the same examples give the same model file byte for byte.
 */
public final class Trainer {

    /** Settings: iterations of L-BFGS, L2 cost, and the number of times a feature must occur to be kept. */
    public record Settings(int iterations, double l2, int cutoff) {
        public static final Settings DEFAULT = new Settings(200, 1.0, 2);
    }

    private final List<Event> events = new ArrayList<>();

    /** Adds one example. */
    public void add(String outcome, Collection<String> features) {
        events.add(new Event(outcome, features.toArray(String[]::new)));
    }

    public int size() {
        return events.size();
    }

    /** Trains on the examples added so far. */
    public Classifier train(String name, Settings s) {
        return new Classifier(name, List.of(model(name, s)));
    }

    /**
     * Trains one model per settings on the examples added so far: an ensemble whose probability is the mean of its
     * models'. Models regularised differently err on different examples, so their mean is steadier than either.
     */
    public Classifier train(String name, List<Settings> members) {
        List<MaxentModel> models = new ArrayList<>();
        members.forEach(s -> models.add(model(name, s)));
        return new Classifier(name, models);
    }

    private MaxentModel model(String name, Settings s) {
        TrainingParameters p = new TrainingParameters();
        p.put(TrainingParameters.ALGORITHM_PARAM, QNTrainer.MAXENT_QN_VALUE);
        p.put(TrainingParameters.ITERATIONS_PARAM, s.iterations());
        p.put(TrainingParameters.CUTOFF_PARAM, s.cutoff());
        p.put(TrainingParameters.THREADS_PARAM, 1);
        p.put(QNTrainer.L2COST_PARAM, s.l2());
        p.put(QNTrainer.L1COST_PARAM, 0.0);
        p.put("DataIndexer", "OnePass");
        p.put("PrintMessages", false);
        try {
            EventTrainer trainer = TrainerFactory.getEventTrainer(p, null);
            return trainer.train(ObjectStreamUtils.createObjectStream(events));
        } catch (IOException e) {
            throw new PipelineException("training " + name + " failed", e);
        }
    }

    /**
     * Writes a trained model where {@link Classifier#load(String, Path)} and the class path read it: an ensemble's
     * models one after the other (each written whole first, since the writer closes its stream).
     */
    public static void write(Classifier c, Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
                for (MaxentModel m : c.models()) {
                    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                    new GenericModelWriter((AbstractModel) m, new DataOutputStream(bytes)).persist();
                    bytes.writeTo(out);
                }
            }
        } catch (IOException e) {
            throw new PipelineException("cannot write model " + file, e);
        }
    }
}
