package io.newsextract.ner;

import edu.stanford.nlp.ie.NERFeatureFactory;
import edu.stanford.nlp.sequences.FeatureFactory;
import edu.stanford.nlp.sequences.SeqClassifierFlags;

import java.lang.reflect.Field;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads the clean gazette out of a loaded CoreNLP {@link NERFeatureFactory} and takes it away from it.
 *
 * <p>CoreNLP 4.5.10 keeps the gazette in the private field {@code wordToGazetteInfos}: for every word, the set of
 * {@code GazetteInfo(feature, loc, words)} of the entries containing it, one per (gazette line, word position,
 * feature), where the features are {@code TYPE-GAZ<n>} and {@code TYPE-GAZ} (see {@code readGazette}). Nothing
 * public exposes it, hence the reflection; a change of those private names fails loudly here rather than silently
 * dropping features.
 */
final class StockCleanGazette {

    private StockCleanGazette() {
    }

    /** The flags the factory itself consults (its own reference, normally the classifier's). */
    static SeqClassifierFlags flagsOf(NERFeatureFactory<?> factory) {
        return (SeqClassifierFlags) read(field(FeatureFactory.class, "flags"), factory);
    }

    /**
     * Builds a matcher over the factory's clean gazette and leaves the factory with an empty one, so that its own
     * {@code featuresC} no longer produces (or spends time on) clean-gazette features.
     */
    static CleanGazetteMatcher detach(NERFeatureFactory<?> factory) {
        Field mapField = field(NERFeatureFactory.class, "wordToGazetteInfos");
        Map<?, ?> byWord = (Map<?, ?>) read(mapField, factory);
        CleanGazetteMatcher matcher = index(byWord);
        try {
            mapField.set(factory, new HashMap<>());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot replace NERFeatureFactory.wordToGazetteInfos", e);
        }
        return matcher;
    }

    /** True when the factory has no clean gazette of its own (none in its model, or {@link #detach}ed). */
    static boolean isEmpty(NERFeatureFactory<?> factory) {
        return ((Map<?, ?>) read(field(NERFeatureFactory.class, "wordToGazetteInfos"), factory)).isEmpty();
    }

    private static CleanGazetteMatcher index(Map<?, ?> byWord) {
        CleanGazetteBuilder builder = CleanGazetteMatcher.builder();
        Field feature = null;
        Field loc = null;
        Field words = null;
        long infos = 0;
        long wordsOfFirstPositions = 0;
        for (Object infosOfWord : byWord.values()) {
            for (Object info : (Collection<?>) infosOfWord) {
                if (feature == null) {
                    Class<?> type = info.getClass();
                    feature = field(type, "feature");
                    loc = field(type, "loc");
                    words = field(type, "words");
                }
                infos++;
                // Every entry is filed once per word position; its position-0 copy stands for all of them.
                if (readInt(loc, info) == 0) {
                    String[] phrase = (String[]) read(words, info);
                    builder.add((String) read(feature, info), phrase);
                    wordsOfFirstPositions += phrase.length;
                }
            }
        }
        if (infos != wordsOfFirstPositions) {
            throw new IllegalStateException("gazette is not filed once per word of every entry: " + infos
                    + " filings for entries of " + wordsOfFirstPositions + " words in all");
        }
        return builder.build();
    }

    private static int readInt(Field f, Object target) {
        try {
            return f.getInt(target);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read " + f, e);
        }
    }

    private static Field field(Class<?> type, String name) {
        try {
            Field f = type.getDeclaredField(name);
            f.setAccessible(true);
            return f;
        } catch (NoSuchFieldException | RuntimeException e) {
            throw new IllegalStateException("CoreNLP internals changed: no accessible " + type.getName() + "."
                    + name, e);
        }
    }

    private static Object read(Field f, Object target) {
        try {
            return f.get(target);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read " + f, e);
        }
    }
}
