package io.newsextract.ner;

import edu.stanford.nlp.ie.NERFeatureFactory;
import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.sequences.Clique;
import edu.stanford.nlp.sequences.FeatureFactory;
import edu.stanford.nlp.sequences.SeqClassifierFlags;
import edu.stanford.nlp.util.PaddedList;

import java.io.IOException;
import java.io.NotSerializableException;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A loaded {@link NERFeatureFactory} whose clean-gazette features come from a {@link CleanGazetteMatcher} instead of
 * its own per-word entry scan; every other feature is still the wrapped factory's.
 *
 * <p>The stock code ({@code NERFeatureFactory.featuresC}, CoreNLP 4.5.10) adds, for the node clique C only and when
 * {@code useInternal && useExternal && useGazettes && cleanGazette}, the feature of each entry matching around the
 * word, through its {@code FeatureCollector}: {@code feature + "|C"}, and {@code feature + "|" + domain + "-C"} too
 * when the first token of the document has a {@code DomainAnnotation}. This class adds exactly those strings to the
 * same feature set. Only the order in which they enter that set differs, and the stock order is no more fixed than
 * this one: it follows the identity hashes of the deserialised {@code GazetteInfo} objects.
 */
final class IndexedGazetteFeatureFactory extends FeatureFactory<CoreLabel> {

    private static final long serialVersionUID = 1L;
    private static final String NODE_CLIQUE_SUFFIX = "C";

    private final FeatureFactory<CoreLabel> stock;
    private final SeqClassifierFlags stockFlags;
    private final CleanGazetteMatcher gazette;
    private final String[] suffixedFeatures;

    private IndexedGazetteFeatureFactory(NERFeatureFactory<CoreLabel> stock, SeqClassifierFlags stockFlags,
                                         CleanGazetteMatcher gazette) {
        this.stock = stock;
        this.stockFlags = stockFlags;
        this.gazette = gazette;
        this.suffixedFeatures = new String[gazette.featureCount()];
        for (int id = 0; id < suffixedFeatures.length; id++) {
            suffixedFeatures[id] = gazette.featureName(id) + '|' + NODE_CLIQUE_SUFFIX;
        }
        init(stockFlags);
    }

    /**
     * Replaces, in the classifier's own list, every {@link NERFeatureFactory} by one of these around it, its clean
     * gazette moved into a matcher. The classifier must not be in use by another thread meanwhile.
     *
     * @return the number of gazette entries indexed
     */
    static int install(CRFClassifier<CoreLabel> classifier) {
        return install(classifier, detach(classifier));
    }

    /**
     * The first half of {@link #install(CRFClassifier)}: moves the clean gazette of each {@link NERFeatureFactory} of
     * the classifier, in list order, into a matcher, and leaves the factory with an empty one. The classifier is then
     * a stock one without its clean gazette (which is how {@link NerModelCache} saves it) until the matchers are
     * installed.
     */
    static List<CleanGazetteMatcher> detach(CRFClassifier<CoreLabel> classifier) {
        List<CleanGazetteMatcher> matchers = new ArrayList<>();
        for (FeatureFactory<CoreLabel> factory : classifier.featureFactories) {
            if (factory instanceof NERFeatureFactory<CoreLabel> ner) {
                matchers.add(StockCleanGazette.detach(ner));
            }
        }
        return matchers;
    }

    /**
     * The second half: wraps the i-th {@link NERFeatureFactory} of the classifier with the i-th matcher, as
     * {@link #detach} made them (or as {@link NerModelCache} saved them).
     *
     * @return the number of gazette entries installed
     * @throws IllegalStateException when there are not as many matchers as factories, or a factory still has a
     *                               clean gazette of its own (its features would then be counted twice)
     */
    static int install(CRFClassifier<CoreLabel> classifier, List<CleanGazetteMatcher> matchers) {
        List<FeatureFactory<CoreLabel>> factories = classifier.featureFactories;
        int next = 0;
        int entries = 0;
        for (int i = 0; i < factories.size(); i++) {
            if (factories.get(i) instanceof NERFeatureFactory<CoreLabel> ner) {
                if (next == matchers.size()) {
                    throw new IllegalStateException("more NER feature factories than gazette matchers ("
                            + matchers.size() + ")");
                }
                if (!StockCleanGazette.isEmpty(ner)) {
                    throw new IllegalStateException("NER feature factory " + i + " still has its own clean gazette");
                }
                CleanGazetteMatcher matcher = matchers.get(next++);
                factories.set(i, new IndexedGazetteFeatureFactory(ner, StockCleanGazette.flagsOf(ner), matcher));
                entries += matcher.entryCount();
            }
        }
        if (next != matchers.size()) {
            throw new IllegalStateException(matchers.size() + " gazette matchers for " + next
                    + " NER feature factories");
        }
        return entries;
    }

    @Override
    public Collection<String> getCliqueFeatures(PaddedList<CoreLabel> info, int position, Clique clique) {
        Collection<String> features = stock.getCliqueFeatures(info, position, clique);
        if (clique == cliqueC && stockAddsCleanGazetteFeatures()) {
            String domain = info.get(0).get(CoreAnnotations.DomainAnnotation.class);
            gazette.forEachFeatureCovering(i -> getWord(info.get(i)), position, id -> {
                features.add(suffixedFeatures[id]);
                if (domain != null) {
                    features.add(gazette.featureName(id) + '|' + domain + '-' + NODE_CLIQUE_SUFFIX);
                }
            });
        }
        return features;
    }

    private boolean stockAddsCleanGazetteFeatures() {
        return stockFlags.useInternal && stockFlags.useExternal && stockFlags.useGazettes && stockFlags.cleanGazette;
    }

    @Override
    public List<Clique> getCliques() {
        return stock.getCliques();
    }

    /** The matcher is a runtime index derived from a loaded model, not part of any model file. */
    private void writeObject(ObjectOutputStream out) throws IOException {
        throw new NotSerializableException(getClass().getName() + " is built at load time and never serialised");
    }
}
