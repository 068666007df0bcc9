package io.newsextract.ner;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.Map;

import static io.newsextract.ner.CleanGazetteMatcher.EMPTY;
import static io.newsextract.ner.CleanGazetteMatcher.ROOT;

/**
 * The binary form of a {@link CleanGazetteMatcher}, as it is in memory (its hash table included) so that reading it
 * back rebuilds nothing; a read checks every count and index, so damaged bytes are an error, never a matcher that
 * loops or reads out of bounds.
 */
final class GazetteCodec {

    private GazetteCodec() {
    }

    /**
     * Writes the matcher as it is in memory (its hash table included, so reading it back rebuilds nothing): counts,
     * then the words in id order and the feature names as UTF-16 code units (exact for any Java string), the feature
     * sets, the per-node arrays and the edge table. {@link #read} reads it back.
     */
    static void write(CleanGazetteMatcher m, DataOutputStream out) throws IOException {
        out.writeInt(m.maxEntryLength());
        out.writeInt(m.entryCount());
        String[] words = new String[m.wordIds().size()];
        m.wordIds().forEach((word, id) -> words[id] = word);
        writeStrings(out, words);
        writeStrings(out, m.featureNames());
        out.writeInt(m.featureSets().length);
        for (int[] set : m.featureSets()) {
            writeInts(out, set);
        }
        writeInts(out, m.nodeFeatureSet());
        writeInts(out, m.nodeReach());
        writeInts(out, m.edgeChildren());
        out.writeInt(m.edgeKeys().length);
        for (long key : m.edgeKeys()) {
            out.writeLong(key);
        }
    }

    /**
     * Reads a matcher written by {@link #write}, from the buffer's position on (big-endian, as
     * {@link DataOutputStream} writes), and leaves the position after it.
     *
     * @throws IllegalArgumentException when the bytes are not a matcher's: cut short or inconsistent
     */
    static CleanGazetteMatcher read(ByteBuffer in) {
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
}
