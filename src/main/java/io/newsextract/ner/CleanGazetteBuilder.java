package io.newsextract.ner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static io.newsextract.ner.CleanGazetteMatcher.EMPTY;
import static io.newsextract.ner.CleanGazetteMatcher.NO_NODE;
import static io.newsextract.ner.CleanGazetteMatcher.ROOT;
import static io.newsextract.ner.CleanGazetteMatcher.edgeKey;
import static io.newsextract.ner.CleanGazetteMatcher.slot;

/**
 * Collects the entries of a {@link CleanGazetteMatcher}; not thread-safe. Adding the same (feature, phrase) twice
 * has no further effect.
 */
public final class CleanGazetteBuilder {

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

    CleanGazetteBuilder() {
        nodeParent[ROOT] = NO_NODE;
    }

    /**
     * Adds an entry. Words are matched exactly as given, so an empty word never matches a real token.
     *
     * @throws IllegalArgumentException when {@code words} is empty
     */
    public CleanGazetteBuilder add(String feature, String... words) {
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
        return new CleanGazetteMatcher(wordIds, edgeKeys, edgeChildren, Arrays.copyOf(nodeFeatureSet, nodeCount), reach,
                featureSets.toArray(new int[0][]), featureNames.toArray(new String[0]), maxEntryLength, entryCount);
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
