package io.newsextract.ner;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.io.RuntimeIOException;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.SentenceUtils;
import io.newsextract.api.PipelineException;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A CoreNLP NER {@link CRFClassifier} whose clean-gazette features are found through an index
 * ({@link CleanGazetteMatcher}) built once at load time, instead of CoreNLP's scan of every gazette entry holding the
 * current word (the Italian model files 244,416 entries under "di"). The features, and so the labels, are the stock
 * classifier's; only the time differs.
 *
 * <p>Thread-safe: {@link #labels} may be called from several threads at once. Each call makes its own tokens and
 * sequence model; what the threads share is read-only once loaded (weights, feature index, the matcher), except
 * CoreNLP's known-lower-case-word set, which is concurrent and, with the {@code maxAdditionalKnownLCWords = 0} that
 * the Italian model carries, full from the start, so no call depends on earlier ones. The one lazily built piece of
 * shared classifier state, its clique potential function, is built by a warm-up call before the constructor returns.
 */
public final class FastCrfTagger implements SequenceLabeler {

    /** The Italian NER model of the {@code stanford-corenlp:models-italian} jar. */
    public static final String ITALIAN_MODEL = "edu/stanford/nlp/models/ner/italian.crf.ser.gz";

    private final String modelPath;
    private final CRFClassifier<CoreLabel> classifier;
    private final int gazetteEntries;

    private FastCrfTagger(String modelPath, CRFClassifier<CoreLabel> classifier, int gazetteEntries) {
        this.modelPath = modelPath;
        this.classifier = classifier;
        this.gazetteEntries = gazetteEntries;
        labels(List.of("Roma"));
    }

    /**
     * Loads a serialised CRF classifier from the class path (or a file or URL, as CoreNLP resolves it) and indexes
     * its clean gazette.
     *
     * @throws PipelineException when the model cannot be read or is not a CRF classifier
     */
    public static FastCrfTagger load(String modelPath) {
        Objects.requireNonNull(modelPath, "modelPath");
        CRFClassifier<CoreLabel> classifier;
        try {
            classifier = CRFClassifier.getClassifier(modelPath);
        } catch (IOException | RuntimeIOException | ClassNotFoundException | ClassCastException e) {
            throw new PipelineException("cannot load NER model " + modelPath, e);
        }
        return indexing(modelPath, classifier);
    }

    /** The second half of {@link #load}: takes over a just-loaded classifier that nothing else may use. */
    static FastCrfTagger indexing(String modelPath, CRFClassifier<CoreLabel> loaded) {
        return new FastCrfTagger(modelPath, loaded, IndexedGazetteFeatureFactory.install(loaded));
    }

    /**
     * The NER label of each word of one sentence, as the stock classifier gives it for the same words (e.g.
     * {@code "B-PER"} or {@code "O"}: the model's own label set).
     *
     * @param words the CoreNLP word forms of the sentence's tokens
     */
    @Override
    public List<String> labels(List<String> words) {
        String[] forms = new String[words.size()];
        for (int i = 0; i < forms.length; i++) {
            forms[i] = Objects.requireNonNull(words.get(i), "word");
        }
        List<CoreLabel> tagged = classifier.classifySentence(SentenceUtils.toCoreLabelList(forms));
        List<String> labels = new ArrayList<>(tagged.size());
        for (CoreLabel token : tagged) {
            labels.add(token.get(CoreAnnotations.AnswerAnnotation.class));
        }
        return List.copyOf(labels);
    }

    /** The classifier with its gazette indexed, for same-package checks of its features; never hand it out. */
    CRFClassifier<CoreLabel> classifier() {
        return classifier;
    }

    public String modelPath() {
        return modelPath;
    }

    /** The number of distinct (feature, phrase) clean-gazette entries indexed. */
    public int gazetteEntries() {
        return gazetteEntries;
    }
}
