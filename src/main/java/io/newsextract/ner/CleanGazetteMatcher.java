package io.newsextract.ner;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;

/**
 * Clean-gazette matching as CoreNLP's {@code NERFeatureFactory} does it, through a token trie over the entries.
 *
 * <p>An entry is a feature name and a phrase of one or more words. An entry fires its feature at a position when
 * the whole phrase equals (case-sensitively, {@link String#equals}) the words of a window of the sentence that
 * contains the position: the feature fires on every word the matched phrase covers. The stock factory tests every
 * entry that contains the current word; here each window start is walked down the trie once, so a position costs
 * O(longest entry x matched prefix length) hash look-ups instead of O(entries containing the word).
 *
 * <p>Immutable once built, and so safe to share between threads. {@link #writeTo} and {@link #readFrom} save and
 * restore it as it is, in a compact binary form, so that a load need not rebuild it (see {@link NerModelCache}).
 */
public final class CleanGazetteMatcher {

    static final int ROOT = 0;
    static final int NO_NODE = -1;
    static final long EMPTY = -1L;

    private final Map<String, Integer> wordIds;
    /** Open-addressing table of trie edges: key (parent node << 32 | word id), value child node. */
    private final long[] edgeKeys;
    private final int[] edgeChildren;
    private final int edgeMask;
    /** Per node, an index into {@link #featureSets}; 0 is the empty set (no entry ends at the node). */
    private final int[] nodeFeatureSet;
    /** Per node, how many more words the longest entry through it still needs: prunes walks that cannot reach. */
    private final int[] nodeReach;
    private final int[][] featureSets;
    private final String[] featureNames;
    private final int maxEntryLength;
    private final int entryCount;

    CleanGazetteMatcher(Map<String, Integer> wordIds, long[] edgeKeys, int[] edgeChildren,
                                int[] nodeFeatureSet, int[] nodeReach, int[][] featureSets, String[] featureNames,
                                int maxEntryLength, int entryCount) {
        this.wordIds = wordIds;
        this.edgeKeys = edgeKeys;
        this.edgeChildren = edgeChildren;
        this.edgeMask = edgeKeys.length - 1;
        this.nodeFeatureSet = nodeFeatureSet;
        this.nodeReach = nodeReach;
        this.featureSets = featureSets;
        this.featureNames = featureNames;
        this.maxEntryLength = maxEntryLength;
        this.entryCount = entryCount;
    }

    public static CleanGazetteBuilder builder() {
        return new CleanGazetteBuilder();
    }

    /** The fields as they are, for {@link GazetteCodec}: not copies, so they must not be changed. */
    Map<String, Integer> wordIds() {
        return wordIds;
    }

    long[] edgeKeys() {
        return edgeKeys;
    }

    int[] edgeChildren() {
        return edgeChildren;
    }

    int[] nodeFeatureSet() {
        return nodeFeatureSet;
    }

    int[] nodeReach() {
        return nodeReach;
    }

    int[][] featureSets() {
        return featureSets;
    }

    String[] featureNames() {
        return featureNames;
    }

    /** The number of distinct (feature, phrase) entries. */
    public int entryCount() {
        return entryCount;
    }

    /** The number of words of the longest entry; 0 for an empty gazette. */
    public int maxEntryLength() {
        return maxEntryLength;
    }

    /** The number of distinct feature names; feature ids run from 0 to this number less one. */
    public int featureCount() {
        return featureNames.length;
    }

    public String featureName(int featureId) {
        return featureNames[featureId];
    }

    /**
     * Passes to {@code sink} the feature id of every entry that matches a window covering {@code position}, once
     * per matching entry (so an id can come more than once when several entries of one feature cover the position).
     *
     * @param wordAt the word at a sentence index, or null where there is none (outside the sentence); it is called
     *               only for indices within {@link #maxEntryLength()} - 1 of {@code position}
     */
    public void forEachFeatureCovering(IntFunction<String> wordAt, int position, IntConsumer sink) {
        if (maxEntryLength == 0 || !wordIds.containsKey(wordAt.apply(position))) {
            return;
        }
        for (int start = position - maxEntryLength + 1; start <= position; start++) {
            int node = ROOT;
            for (int i = start; ; i++) {
                node = child(node, wordAt.apply(i));
                if (node == NO_NODE || i + nodeReach[node] < position) {
                    break;
                }
                if (i >= position) {
                    for (int feature : featureSets[nodeFeatureSet[node]]) {
                        sink.accept(feature);
                    }
                }
                if (nodeReach[node] == 0) {
                    break;
                }
            }
        }
    }

    /** The feature names that fire at {@code position} of {@code words}, sorted. */
    public Set<String> featuresCovering(List<String> words, int position) {
        Set<String> out = new TreeSet<>();
        forEachFeatureCovering(i -> i >= 0 && i < words.size() ? words.get(i) : null, position,
                id -> out.add(featureNames[id]));
        return out;
    }

    /**
     * Writes the matcher as it is in memory, its hash table included, so that {@link #readFrom} rebuilds nothing
     * (layout in {@link GazetteCodec}).
     */
    public void writeTo(DataOutputStream out) throws IOException {
        GazetteCodec.write(this, out);
    }

    /**
     * Reads a matcher written by {@link #writeTo}, from the buffer's position on, and leaves the position after it.
     *
     * @throws IllegalArgumentException when the bytes are not a matcher's: cut short or inconsistent
     */
    public static CleanGazetteMatcher readFrom(ByteBuffer in) {
        return GazetteCodec.read(in);
    }

    private int child(int node, String word) {
        if (word == null) {
            return NO_NODE;
        }
        Integer wordId = wordIds.get(word);
        if (wordId == null) {
            return NO_NODE;
        }
        long key = edgeKey(node, wordId);
        for (int slot = slot(key, edgeMask); ; slot = (slot + 1) & edgeMask) {
            long k = edgeKeys[slot];
            if (k == key) {
                return edgeChildren[slot];
            }
            if (k == EMPTY) {
                return NO_NODE;
            }
        }
    }

    static long edgeKey(int node, int wordId) {
        return ((long) node << 32) | (wordId & 0xFFFF_FFFFL);
    }

    static int slot(long key, int mask) {
        long h = key * 0x9E37_79B9_7F4A_7C15L;
        return (int) (h ^ (h >>> 32)) & mask;
    }
}
