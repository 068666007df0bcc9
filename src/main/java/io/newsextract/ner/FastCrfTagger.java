package io.newsextract.ner;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.io.RuntimeIOException;
import edu.stanford.nlp.ling.CoreLabel;
import io.newsextract.api.PipelineException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
 *
 * <p>Loading the Italian model this way takes ~10 s of CPU (CoreNLP deserialising 5 M gazette records, then the
 * index); {@link #load(String)} therefore keeps what it derives in a {@link NerModelCache} and later loads read that
 * instead (~0.5 s of CPU; the first load pays ~0.5 s more to write it). The cached classifier and matchers are the
 * ones a fresh load builds, so the labels are too.
 */
public final class FastCrfTagger implements SequenceLabeler {

    private static final System.Logger LOG = System.getLogger(FastCrfTagger.class.getName());

    private final String modelPath;
    private final CRFClassifier<CoreLabel> classifier;
    private final int gazetteEntries;
    private final boolean fromCache;

    private FastCrfTagger(String modelPath, CRFClassifier<CoreLabel> classifier, int gazetteEntries,
                          boolean fromCache) {
        this.modelPath = modelPath;
        this.classifier = classifier;
        this.gazetteEntries = gazetteEntries;
        this.fromCache = fromCache;
        labels(List.of("Roma"));
    }

    /**
     * Loads a serialised CRF classifier from the class path (or a file or URL, as CoreNLP resolves it) and indexes
     * its clean gazette, or reads both from the derived-model cache ({@link NerModelCache#fromEnvironment()}: by
     * default {@code ~/.cache/newsextract}) when it holds them for this very model. The first load of a model
     * writes them there; a cache that cannot be read is rebuilt, one that cannot be written is gone without.
     *
     * @throws PipelineException when the model cannot be read or is not a CRF classifier
     */
    public static FastCrfTagger load(String modelPath) {
        return load(modelPath, NerModelCache.fromEnvironment());
    }

    /** {@link #load(String)} with the given cache, or none when {@code cache} is null. */
    static FastCrfTagger load(String modelPath, NerModelCache cache) {
        Objects.requireNonNull(modelPath, "modelPath");
        ModelKey key = null;
        if (cache != null) {
            try {
                key = ModelKey.of(modelPath);
            } catch (IOException | RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "NER model cache: cannot read " + modelPath + " to key it ("
                        + e + "); loading it without the cache");
            }
        }
        return load(modelPath, cache, key);
    }

    /** {@link #load(String, NerModelCache)} with the model's key already computed (null: no cache). */
    private static FastCrfTagger load(String modelPath, NerModelCache cache, ModelKey key) {
        if (key == null) {
            return indexing(modelPath, stock(modelPath));
        }
        try {
            NerCacheFile.Entry saved = cache.read(key);
            if (saved != null) {
                int entries = IndexedGazetteFeatureFactory.install(saved.classifier(), saved.matchers());
                return new FastCrfTagger(modelPath, saved.classifier(), entries, true);
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "NER model cache: ignoring " + cache.file(key) + " (" + e
                    + "); rebuilding it");
        }
        CRFClassifier<CoreLabel> classifier = stock(modelPath);
        List<CleanGazetteMatcher> matchers = IndexedGazetteFeatureFactory.detach(classifier);
        try {
            cache.write(key, classifier, matchers);
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "NER model cache: cannot write to " + cache.directory() + " (" + e
                    + "); going without it");
        }
        return new FastCrfTagger(modelPath, classifier, IndexedGazetteFeatureFactory.install(classifier, matchers),
                false);
    }

    /**
     * Makes sure {@code dir} holds the derived model of {@code modelPath} (building and saving it unless a valid one
     * is there), so that loads which read {@code dir} need not build it: the build runs this for its prepared
     * folder (see {@link NerModelCache#preparedDirectory()}).
     *
     * @return the file that holds it
     * @throws PipelineException when the model cannot be read or the file cannot be written
     */
    public static Path prepare(String modelPath, Path dir) {
        NerModelCache cache = new NerModelCache(dir);
        ModelKey key;
        try {
            key = ModelKey.of(modelPath);
        } catch (IOException | RuntimeException e) {
            throw new PipelineException("cannot read NER model " + modelPath, e);
        }
        if (key == null) {
            throw new PipelineException("NER model " + modelPath + " is neither on the class path nor a file");
        }
        load(modelPath, cache, key);
        Path file = cache.file(key);
        if (!Files.isRegularFile(file)) {
            throw new PipelineException("could not write " + file + " (see the warning above)");
        }
        return file;
    }

    private static CRFClassifier<CoreLabel> stock(String modelPath) {
        try {
            return CRFClassifier.getClassifier(modelPath);
        } catch (IOException | RuntimeIOException | ClassNotFoundException | ClassCastException e) {
            throw new PipelineException("cannot load NER model " + modelPath, e);
        }
    }

    /** The second half of an uncached load: takes over a just-loaded classifier that nothing else may use. */
    static FastCrfTagger indexing(String modelPath, CRFClassifier<CoreLabel> loaded) {
        return new FastCrfTagger(modelPath, loaded, IndexedGazetteFeatureFactory.install(loaded), false);
    }

    /**
     * The NER label of each word of one sentence, as the stock classifier gives it for the same words (e.g.
     * {@code "B-PER"} or {@code "O"}: the model's own label set).
     *
     * @param words the CoreNLP word forms of the sentence's tokens
     */
    @Override
    public List<String> labels(List<String> words) {
        return CrfLabeler.labels(classifier, words);
    }

    /** The classifier with its gazette indexed, for same-package checks of its features; never hand it out. */
    CRFClassifier<CoreLabel> classifier() {
        return classifier;
    }

    /** True when this tagger was read from the derived-model cache rather than built from the model. */
    boolean fromCache() {
        return fromCache;
    }

    public String modelPath() {
        return modelPath;
    }

    /** The number of distinct (feature, phrase) clean-gazette entries indexed. */
    public int gazetteEntries() {
        return gazetteEntries;
    }
}
