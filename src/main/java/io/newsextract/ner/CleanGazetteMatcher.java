package io.newsextract.ner;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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

    private static final int ROOT = 0;
    private static final int NO_NODE = -1;
    private static final long EMPTY = -1L;

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

    private CleanGazetteMatcher(Builder b, int[] nodeReach) {
        this(b.wordIds, b.edgeKeys, b.edgeChildren, Arrays.copyOf(b.nodeFeatureSet, b.nodeCount), nodeReach,
                b.featureSets.toArray(new int[0][]), b.featureNames.toArray(new String[0]), b.maxEntryLength,
                b.entryCount);
    }

    private CleanGazetteMatcher(Map<String, Integer> wordIds, long[] edgeKeys, int[] edgeChildren,
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

    public static Builder builder() {
        return new Builder();
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
     * Writes the matcher as it is in memory (its hash table included, so reading it back rebuilds nothing): counts,
     * then the words in id order and the feature names as UTF-16 code units (exact for any Java string), the feature
     * sets, the per-node arrays and the edge table. {@link #readFrom} reads it back.
     */
    public void writeTo(DataOutputStream out) throws IOException {
        out.writeInt(maxEntryLength);
        out.writeInt(entryCount);
        String[] words = new String[wordIds.size()];
        wordIds.forEach((word, id) -> words[id] = word);
        writeStrings(out, words);
        writeStrings(out, featureNames);
        out.writeInt(featureSets.length);
        for (int[] set : featureSets) {
            writeInts(out, set);
        }
        writeInts(out, nodeFeatureSet);
        writeInts(out, nodeReach);
        writeInts(out, edgeChildren);
        out.writeInt(edgeKeys.length);
        for (long key : edgeKeys) {
            out.writeLong(key);
        }
    }

    /**
     * Reads a matcher written by {@link #writeTo}, from the buffer's position on (big-endian, as
     * {@link DataOutputStream} writes), and leaves the position after it.
     *
     * @throws IllegalArgumentException when the bytes are not a matcher's: cut short or inconsistent
     */
    public static CleanGazetteMatcher readFrom(ByteBuffer in) {
        try {
            int maxEntryLength = in.getInt();
            int entryCount = in.getInt();
            String[] words = readStrings(in);
            Map<String, Integer> wordIds = new HashMap<>(words.length * 4 / 3 + 1);
            for (int id = 0; id < words.length; id++) {
                wordIds.put(words[id], id);
            }
            String[] featureNames = readStrings(in);
            int[][] featureSets = new int[count(in)][];
            for (int i = 0; i < featureSets.length; i++) {
                featureSets[i] = readInts(in);
            }
            int[] nodeFeatureSet = readInts(in);
            int[] nodeReach = readInts(in);
            int[] edgeChildren = readInts(in);
            long[] edgeKeys = new long[count(in)];
            in.asLongBuffer().get(edgeKeys);
            in.position(in.position() + edgeKeys.length * Long.BYTES);
            check(wordIds.size() == words.length, "duplicate words");
            check(edgeKeys.length == edgeChildren.length && Integer.bitCount(edgeKeys.length) == 1,
                    "edge table of " + edgeKeys.length + " keys and " + edgeChildren.length + " children");
            check(nodeFeatureSet.length == nodeReach.length && nodeReach.length > 0, "node arrays");
            check(featureSets.length > 0 && featureSets[0].length == 0, "feature set 0 is not the empty set");
            int edges = 0;
            for (long key : edgeKeys) {
                check(key == EMPTY || (key >>> 32) < nodeReach.length && (int) key >= 0 && (int) key < words.length,
                        "edge key out of range");
                edges += key == EMPTY ? 0 : 1;
            }
            // a look-up stops at an empty slot: a full table would make a missing edge loop for ever
            check(edges < edgeKeys.length, "edge table without an empty slot");
            for (int i = 0; i < edgeChildren.length; i++) {
                check(edgeKeys[i] == EMPTY || edgeChildren[i] > ROOT && edgeChildren[i] < nodeReach.length,
                        "edge child out of range");
            }
            for (int set : nodeFeatureSet) {
                check(set >= 0 && set < featureSets.length, "feature set id out of range");
            }
            for (int[] set : featureSets) {
                for (int feature : set) {
                    check(feature >= 0 && feature < featureNames.length, "feature id out of range");
                }
            }
            return new CleanGazetteMatcher(wordIds, edgeKeys, edgeChildren, nodeFeatureSet, nodeReach, featureSets,
                    featureNames, maxEntryLength, entryCount);
        } catch (BufferUnderflowException | IndexOutOfBoundsException | NegativeArraySizeException e) {
            throw new IllegalArgumentException("not a saved gazette matcher: cut short or inconsistent", e);
        }
    }

    private static void writeStrings(DataOutputStream out, String[] strings) throws IOException {
        out.writeInt(strings.length);
        for (String s : strings) {
            out.writeInt(s.length());
        }
        for (String s : strings) {
            out.writeChars(s);
        }
    }

    private static String[] readStrings(ByteBuffer in) {
        int[] lengths = new int[count(in)];
        in.asIntBuffer().get(lengths);
        in.position(in.position() + lengths.length * Integer.BYTES);
        long total = 0;
        for (int length : lengths) {
            check(length >= 0, "negative string length");
            total += length;
        }
        check(total <= in.remaining() / Character.BYTES, "strings cut short");
        char[] chars = new char[(int) total];
        in.asCharBuffer().get(chars);
        in.position(in.position() + chars.length * Character.BYTES);
        String[] strings = new String[lengths.length];
        int offset = 0;
        for (int i = 0; i < strings.length; i++) {
            strings[i] = new String(chars, offset, lengths[i]);
            offset += lengths[i];
        }
        return strings;
    }

    private static void writeInts(DataOutputStream out, int[] values) throws IOException {
        out.writeInt(values.length);
        for (int v : values) {
            out.writeInt(v);
        }
    }

    private static int[] readInts(ByteBuffer in) {
        int[] values = new int[count(in)];
        in.asIntBuffer().get(values);
        in.position(in.position() + values.length * Integer.BYTES);
        return values;
    }

    /** A count read from the buffer, checked against what is left so a corrupt one cannot ask for gigabytes. */
    private static int count(ByteBuffer in) {
        int n = in.getInt();
        check(n >= 0 && n <= in.remaining(), "count " + n + " out of range");
        return n;
    }

    private static void check(boolean ok, String what) {
        if (!ok) {
            throw new IllegalArgumentException("not a saved gazette matcher: " + what);
        }
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

    private static long edgeKey(int node, int wordId) {
        return ((long) node << 32) | (wordId & 0xFFFF_FFFFL);
    }

    private static int slot(long key, int mask) {
        long h = key * 0x9E37_79B9_7F4A_7C15L;
        return (int) (h ^ (h >>> 32)) & mask;
    }

    /** Collects entries; not thread-safe. Adding the same (feature, phrase) twice has no further effect. */
    public static final class Builder {

        private final Map<String, Integer> wordIds = new HashMap<>();
        private long[] edgeKeys = emptyKeys(1 << 16);
        private int[] edgeChildren = new int[1 << 16];
        private int edgeCount;
        private int[] nodeFeatureSet = new int[1 << 16];
        private int[] nodeParent = new int[1 << 16];
        private int nodeCount = 1;

        private final Map<String, Integer> featureIds = new HashMap<>();
        private final List<String> featureNames = new ArrayList<>();
        private final List<int[]> featureSets = new ArrayList<>(List.of(new int[0]));
        private final Map<List<Integer>, Integer> featureSetIds = new HashMap<>(Map.of(List.of(), 0));
        /** Per feature set id, per feature id: the id of that set with the feature added, or -1 if not known yet. */
        private final List<int[]> featureSetAdditions = new ArrayList<>();

        private int maxEntryLength;
        private int entryCount;
        private boolean built;

        private Builder() {
            nodeParent[ROOT] = NO_NODE;
        }

        /**
         * Adds an entry. Words are matched exactly as given, so an empty word never matches a real token.
         *
         * @throws IllegalArgumentException when {@code words} is empty
         */
        public Builder add(String feature, String... words) {
            Objects.requireNonNull(feature, "feature");
            addFeature(phrase(words), feature);
            return this;
        }

        private int phrase(String... words) {
            if (built) {
                throw new IllegalStateException("builder already used");
            }
            if (words.length == 0) {
                throw new IllegalArgumentException("a gazette phrase needs at least one word");
            }
            int node = ROOT;
            for (String word : words) {
                Integer wordId = wordIds.get(Objects.requireNonNull(word, "word"));
                if (wordId == null) {
                    wordId = wordIds.size();
                    wordIds.put(word, wordId);
                }
                node = childOrNew(node, wordId);
            }
            maxEntryLength = Math.max(maxEntryLength, words.length);
            return node;
        }

        private void addFeature(int phrase, String feature) {
            Integer featureId = featureIds.get(feature);
            if (featureId == null) {
                featureId = featureNames.size();
                featureIds.put(feature, featureId);
                featureNames.add(feature);
            }
            int before = nodeFeatureSet[phrase];
            int after = featureSetWith(before, featureId);
            if (after != before) {
                nodeFeatureSet[phrase] = after;
                entryCount++;
            }
        }

        public CleanGazetteMatcher build() {
            built = true;
            // A child is always created after its parent, so one pass from the last node back settles every reach.
            int[] reach = new int[nodeCount];
            for (int node = nodeCount - 1; node > ROOT; node--) {
                int parent = nodeParent[node];
                reach[parent] = Math.max(reach[parent], reach[node] + 1);
            }
            return new CleanGazetteMatcher(this, reach);
        }

        private int featureSetWith(int setId, int featureId) {
            while (featureSetAdditions.size() <= setId) {
                featureSetAdditions.add(new int[0]);
            }
            int[] additions = featureSetAdditions.get(setId);
            if (additions.length <= featureId) {
                int known = additions.length;
                additions = Arrays.copyOf(additions, featureNames.size());
                Arrays.fill(additions, known, additions.length, -1);
                featureSetAdditions.set(setId, additions);
            }
            if (additions[featureId] < 0) {
                additions[featureId] = canonicalSetWith(setId, featureId);
            }
            return additions[featureId];
        }

        private int canonicalSetWith(int setId, int featureId) {
            int[] old = featureSets.get(setId);
            if (Arrays.binarySearch(old, featureId) >= 0) {
                return setId;
            }
            int[] grown = Arrays.copyOf(old, old.length + 1);
            grown[old.length] = featureId;
            Arrays.sort(grown);
            List<Integer> key = Arrays.stream(grown).boxed().toList();
            return featureSetIds.computeIfAbsent(key, k -> {
                featureSets.add(grown);
                return featureSets.size() - 1;
            });
        }

        private int childOrNew(int node, int wordId) {
            long key = edgeKey(node, wordId);
            int mask = edgeKeys.length - 1;
            int slot = slot(key, mask);
            for (; edgeKeys[slot] != EMPTY; slot = (slot + 1) & mask) {
                if (edgeKeys[slot] == key) {
                    return edgeChildren[slot];
                }
            }
            int child = newNode(node);
            edgeKeys[slot] = key;
            edgeChildren[slot] = child;
            if (++edgeCount * 3 > edgeKeys.length * 2) {
                growEdges();
            }
            return child;
        }

        private int newNode(int parent) {
            if (nodeCount == nodeFeatureSet.length) {
                nodeFeatureSet = Arrays.copyOf(nodeFeatureSet, nodeCount * 2);
                nodeParent = Arrays.copyOf(nodeParent, nodeCount * 2);
            }
            nodeParent[nodeCount] = parent;
            return nodeCount++;
        }

        private void growEdges() {
            long[] oldKeys = edgeKeys;
            int[] oldChildren = edgeChildren;
            edgeKeys = emptyKeys(oldKeys.length * 2);
            edgeChildren = new int[oldKeys.length * 2];
            int mask = edgeKeys.length - 1;
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldKeys[i] != EMPTY) {
                    int slot = slot(oldKeys[i], mask);
                    while (edgeKeys[slot] != EMPTY) {
                        slot = (slot + 1) & mask;
                    }
                    edgeKeys[slot] = oldKeys[i];
                    edgeChildren[slot] = oldChildren[i];
                }
            }
        }

        private static long[] emptyKeys(int size) {
            long[] keys = new long[size];
            Arrays.fill(keys, EMPTY);
            return keys;
        }
    }
}
