package io.newsextract.ner;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreLabel;

import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.CheckedOutputStream;

/**
 * The layout of one derived NER model file: magic number and format, the whole {@link ModelKey} as text, the
 * classifier without its clean gazette in CoreNLP's own serialised form, each {@link CleanGazetteMatcher} in its
 * binary form, and a CRC-32 of all before it. A file that does not match in any of these is refused.
 */
final class NerCacheFile {

    /**
     * Bump whenever the file layout, {@link GazetteCodec}, or the way the matchers and the emptied
     * classifier are derived from a model changes: files of another format are then simply not found.
     */
    static final int FORMAT = 1;
    private static final long MAGIC = 0x4E45_5843_4E45_5231L; // "NEXCNER1"
    private static final int TRAILER = Long.BYTES;
    /** Far above any array of a real model (the Italian one's largest has 135,656 elements). */
    private static final long MAX_ARRAY = 50_000_000;

    private NerCacheFile() {
    }

    /** What a cache file holds: a stock classifier without its clean gazette, and its matchers in factory order. */
    record Entry(CRFClassifier<CoreLabel> classifier, List<CleanGazetteMatcher> matchers) {
    }

    static Entry read(Path file, ModelKey key) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        if (bytes.length < Long.BYTES + Integer.BYTES + TRAILER) {
            throw new IOException("too short to be a cache file: " + bytes.length + " bytes");
        }
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, bytes.length - TRAILER);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        if (crc.getValue() != in.getLong(bytes.length - TRAILER)) {
            throw new IOException("checksum mismatch: the file is damaged or cut short");
        }
        in.limit(bytes.length - TRAILER);
        try {
            if (in.getLong() != MAGIC || in.getInt() != FORMAT) {
                throw new IOException("not a cache file of format " + FORMAT);
            }
            String savedKey = readString(in);
            if (!savedKey.equals(key.text())) {
                throw new IOException("saved for another model:\n" + savedKey);
            }
            int classifierBytes = in.getInt();
            if (classifierBytes < 0 || classifierBytes > in.remaining()) {
                throw new IOException("classifier length out of range");
            }
            CRFClassifier<CoreLabel> classifier;
            try (ObjectInputStream ois = new ObjectInputStream(
                    new ByteArrayInputStream(bytes, in.position(), classifierBytes))) {
                ois.setObjectInputFilter(NerCacheFile::onlyCoreNlpAndJdk);
                classifier = CRFClassifier.getClassifier(ois, null);
            } catch (ClassNotFoundException e) {
                throw new IOException("classifier: " + e, e);
            }
            in.position(in.position() + classifierBytes);
            int count = in.getInt();
            if (count < 0 || count > in.remaining()) {
                throw new IOException("matcher count out of range");
            }
            List<CleanGazetteMatcher> matchers = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                matchers.add(CleanGazetteMatcher.readFrom(in));
            }
            if (in.hasRemaining()) {
                throw new IOException(in.remaining() + " unexpected bytes at the end");
            }
            return new Entry(classifier, List.copyOf(matchers));
        } catch (RuntimeException e) {
            // BufferUnderflowException, IllegalArgumentException from the matcher, ClassCastException or
            // RuntimeIOException from CoreNLP's deserialisation: all mean the file is not what we wrote
            throw new IOException(e.toString(), e);
        }
    }

    /**
     * Writes a whole file to {@code file}: the key, the classifier's serialised bytes, the matchers, a CRC-32 of it
     * all; synced to disk before it returns.
     */
    static void write(Path temp, ModelKey key, ByteArrayOutputStream classifierBytes, List<CleanGazetteMatcher> matchers)
            throws IOException {
        try (FileOutputStream file = new FileOutputStream(temp.toFile())) {
            CheckedOutputStream checked = new CheckedOutputStream(new BufferedOutputStream(file, 1 << 16),
                    new CRC32());
            DataOutputStream out = new DataOutputStream(checked);
            out.writeLong(MAGIC);
            out.writeInt(FORMAT);
            writeString(out, key.text());
            out.writeInt(classifierBytes.size());
            classifierBytes.writeTo(out);
            out.writeInt(matchers.size());
            for (CleanGazetteMatcher matcher : matchers) {
                matcher.writeTo(out);
            }
            out.flush();
            long crc = checked.getChecksum().getValue();
            out.writeLong(crc);
            out.flush();
            file.getFD().sync();
        }
    }

    private static void writeString(DataOutputStream out, String s) throws IOException {
        out.writeInt(s.length());
        out.writeChars(s);
    }

    private static String readString(ByteBuffer in) throws IOException {
        int length = in.getInt();
        if (length < 0 || length > in.remaining() / Character.BYTES) {
            throw new IOException("string length out of range");
        }
        char[] chars = new char[length];
        in.asCharBuffer().get(chars);
        in.position(in.position() + length * Character.BYTES);
        return new String(chars);
    }

    /** The saved classifier is CoreNLP's and the JDK's classes only; refuse anything else a damaged file names. */
    private static ObjectInputFilter.Status onlyCoreNlpAndJdk(ObjectInputFilter.FilterInfo info) {
        if (info.arrayLength() > MAX_ARRAY) {
            return ObjectInputFilter.Status.REJECTED;
        }
        Class<?> type = info.serialClass();
        while (type != null && type.isArray()) {
            type = type.getComponentType();
        }
        if (type == null || type.isPrimitive()) {
            return ObjectInputFilter.Status.UNDECIDED;
        }
        String name = type.getName();
        return name.startsWith("java.") || name.startsWith("edu.stanford.nlp.")
                ? ObjectInputFilter.Status.ALLOWED : ObjectInputFilter.Status.REJECTED;
    }
}
