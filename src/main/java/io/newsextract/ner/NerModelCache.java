package io.newsextract.ner;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.io.IOUtils;
import edu.stanford.nlp.ling.CoreLabel;
import io.newsextract.io.AtomicFiles;

import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.lang.reflect.Modifier;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.zip.CRC32;
import java.util.zip.CheckedOutputStream;

/**
 * A folder of derived NER models: what {@link FastCrfTagger} builds from a CoreNLP CRF model at load time, saved so
 * that the next load reads it instead of deserialising the model's millions of gazette records and indexing them
 * again (the Italian model: ~8–10 s of CPU, ~0.5 s from here; one ~54 MB file).
 *
 * <p>One file per model holds (a) the classifier with its clean gazette emptied, in CoreNLP's own serialised form
 * ({@link CRFClassifier#serializeClassifier(ObjectOutputStream)}: flags, feature index, weights, feature factories,
 * known lower-case words), and (b) each {@link CleanGazetteMatcher}, in its own binary form
 * ({@link CleanGazetteMatcher#writeTo}). Nothing in it comes from anywhere but the model it was derived from.
 *
 * <p>A file is found by its {@link Key}: the model path, the stanford-corenlp version, a SHA-256 of the model's own
 * bytes (as CoreNLP resolves the path: class path first, then file system) and this format's version, so another
 * model, another CoreNLP or another layout never reuses a stale file. The file repeats the whole key and ends with a
 * CRC-32 of its bytes; a file that does not match is not used. Files are written to a temporary name and renamed,
 * so a reader never sees half of one.
 *
 * <p>The folder is {@code -Dnewsextract.cache.dir=DIR}, else {@code $NEWSEXTRACT_CACHE_DIR}, else
 * {@code ~/.cache/newsextract}; the value {@code off} turns the cache off. Before that folder, a read looks in the
 * {@linkplain #preparedDirectory prepared folder} {@code ner-cache} next to the product's jar, which the build fills
 * ({@code newsextract prepare}) so that even the first run after a build starts fast; it is only ever read.
 */
final class NerModelCache {

    static final String DIR_PROPERTY = "newsextract.cache.dir";
    static final String DIR_ENV = "NEWSEXTRACT_CACHE_DIR";
    static final String OFF = "off";

    /**
     * Bump whenever the file layout, {@link CleanGazetteMatcher#writeTo}, or the way the matchers and the emptied
     * classifier are derived from a model changes: files of another format are then simply not found.
     */
    static final int FORMAT = 1;
    private static final System.Logger LOG = System.getLogger(NerModelCache.class.getName());
    private static final long MAGIC = 0x4E45_5843_4E45_5231L; // "NEXCNER1"
    private static final int TRAILER = Long.BYTES;
    /** Far above any array of a real model (the Italian one's largest has 135,656 elements). */
    private static final long MAX_ARRAY = 50_000_000;

    /** The folder written to, and read last. */
    private final Path dir;
    /** Folders read first, in order, and never written (e.g. the build's prepared models). */
    private final List<Path> readOnly;

    NerModelCache(Path dir) {
        this(dir, List.of());
    }

    NerModelCache(Path dir, List<Path> readOnly) {
        this.dir = Objects.requireNonNull(dir, "dir");
        this.readOnly = readOnly.stream().filter(p -> !p.toAbsolutePath().normalize()
                .equals(dir.toAbsolutePath().normalize())).toList();
    }

    /**
     * The cache the product uses: the folder set by system property, else environment, else the default, with the
     * prepared folder next to the jar (when there is one) read first.
     */
    static NerModelCache fromEnvironment() {
        Path dir = directory(System.getProperty(DIR_PROPERTY), System.getenv(DIR_ENV), System.getProperty("user.home"));
        if (dir == null) {
            return null;
        }
        Path prepared = preparedDirectory();
        return new NerModelCache(dir, prepared != null && Files.isDirectory(prepared) ? List.of(prepared) : List.of());
    }

    /**
     * {@code ner-cache} beside where the product's classes come from: {@code target/ner-cache} for
     * {@code target/newsextract.jar} (and for {@code target/classes}); null when that place is not a local file.
     */
    static Path preparedDirectory() {
        try {
            var source = NerModelCache.class.getProtectionDomain().getCodeSource();
            if (source == null || source.getLocation() == null) {
                return null;
            }
            Path classes = Path.of(source.getLocation().toURI());
            Path parent = classes.toAbsolutePath().getParent();
            return parent == null ? null : parent.resolve(PREPARED_DIR);
        } catch (java.net.URISyntaxException | IllegalArgumentException | java.nio.file.FileSystemNotFoundException
                 | SecurityException e) {
            return null;
        }
    }

    /** The name of the prepared folder, beside the jar. */
    static final String PREPARED_DIR = "ner-cache";

    /** The cache folder for these settings; null when the cache is off (or there is no home folder to default to). */
    static Path directory(String property, String env, String userHome) {
        String chosen = property != null && !property.isBlank() ? property
                : env != null && !env.isBlank() ? env : null;
        if (chosen != null) {
            return chosen.strip().equalsIgnoreCase(OFF) ? null : Path.of(chosen.strip());
        }
        return userHome == null || userHome.isBlank() ? null : Path.of(userHome, ".cache", "newsextract");
    }

    Path directory() {
        return dir;
    }

    /** What a cache file is derived from; two models share a file only if all of it is equal. */
    record Key(String modelPath, String corenlpVersion, String modelSha256) {

        String text() {
            return "newsextract derived NER model, format " + FORMAT + ", matcher fields " + MATCHER_LAYOUT
                    + "\nmodel: " + modelPath + "\nstanford-corenlp: " + corenlpVersion
                    + "\nmodel sha-256: " + modelSha256 + "\n";
        }

        /** e.g. {@code ner-italian.crf-1f0c….bin}: readable, and unique per key. */
        String fileName() {
            String base = modelPath.replace('\\', '/');
            base = base.substring(base.lastIndexOf('/') + 1).replaceAll("(\\.ser)?(\\.gz)?$", "")
                    .replaceAll("[^A-Za-z0-9._-]", "_");
            if (base.length() > 40) {
                base = base.substring(0, 40);
            }
            return "ner-" + base + "-" + sha256Hex(text().getBytes(StandardCharsets.UTF_8))
                    .substring(0, 16) + ".bin";
        }
    }

    /** The key of a model as CoreNLP would load it; null when its bytes cannot be found locally (e.g. a URL). */
    static Key key(String modelPath) throws IOException {
        try (InputStream in = openLikeCoreNlp(modelPath)) {
            return in == null ? null : key(modelPath, in, corenlpVersion());
        }
    }

    static Key key(String modelPath, InputStream modelBytes, String corenlpVersion) throws IOException {
        MessageDigest sha = sha256();
        byte[] buffer = new byte[1 << 16];
        for (int n; (n = modelBytes.read(buffer)) > 0; ) {
            sha.update(buffer, 0, n);
        }
        return new Key(modelPath, corenlpVersion, HexFormat.of().formatHex(sha.digest()));
    }

    /** The version in the stanford-corenlp jar's manifest, else where its classes come from. */
    static String corenlpVersion() {
        String v = CRFClassifier.class.getPackage().getImplementationVersion();
        if (v != null) {
            return v;
        }
        var source = CRFClassifier.class.getProtectionDomain().getCodeSource();
        return "unknown (" + (source == null ? "?" : source.getLocation()) + ")";
    }

    /**
     * The model's raw (still gzipped) bytes from where {@code IOUtils.getInputStreamFromURLOrClasspathOrFileSystem}
     * finds them: the class path (the system class loader, then CoreNLP's), then the file system. Null for a URL or
     * a model that is nowhere.
     */
    private static InputStream openLikeCoreNlp(String name) throws IOException {
        if (name.matches("https?://.*")) {
            return null;
        }
        String slashed = name.replaceAll("\\\\", "/");
        String single = slashed.replaceAll("/+", "/");
        for (String candidate : List.of(name, slashed, single)) {
            InputStream in = ClassLoader.getSystemResourceAsStream(candidate);
            if (in != null) {
                return in;
            }
        }
        for (String candidate : List.of(name, slashed, single)) {
            InputStream in = IOUtils.class.getClassLoader().getResourceAsStream(candidate);
            if (in != null) {
                return in;
            }
        }
        Path file = Path.of(name);
        return Files.isRegularFile(file) ? Files.newInputStream(file) : null;
    }

    Path file(Key key) {
        return dir.resolve(key.fileName());
    }

    /** What a cache file holds: a stock classifier without its clean gazette, and its matchers in factory order. */
    record Entry(CRFClassifier<CoreLabel> classifier, List<CleanGazetteMatcher> matchers) {
    }

    /**
     * The saved entry for the key, or null when there is none: from the first read-only folder that holds a valid one
     * (one that does not is passed over with a warning), else from the cache folder.
     *
     * @throws IOException when the cache folder has a file but it cannot be read or is not a whole, valid entry for
     *                     this key
     */
    Entry read(Key key) throws IOException {
        for (Path folder : readOnly) {
            Path file = folder.resolve(key.fileName());
            if (Files.isRegularFile(file)) {
                try {
                    return read(file, key);
                } catch (IOException e) {
                    LOG.log(System.Logger.Level.WARNING, "NER model cache: ignoring " + file + " (" + e + ")");
                }
            }
        }
        Path file = file(key);
        return Files.isRegularFile(file) ? read(file, key) : null;
    }

    /** The folders read before the cache folder. */
    List<Path> readOnlyDirectories() {
        return readOnly;
    }

    private static Entry read(Path file, Key key) throws IOException {
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
                ois.setObjectInputFilter(NerModelCache::onlyCoreNlpAndJdk);
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
     * Saves a classifier whose clean gazettes have been {@linkplain IndexedGazetteFeatureFactory#detach detached}
     * (its factories still the stock ones) and their matchers, atomically: a temporary file in the folder, then a
     * rename over any previous one.
     *
     * @throws IOException when the folder or the file cannot be written (the caller then simply goes without)
     */
    void write(Key key, CRFClassifier<CoreLabel> gazetteless, List<CleanGazetteMatcher> matchers) throws IOException {
        ByteArrayOutputStream classifierBytes = new ByteArrayOutputStream(1 << 24);
        try (ObjectOutputStream oos = new ObjectOutputStream(classifierBytes)) {
            gazetteless.serializeClassifier(oos);
        }
        Files.createDirectories(dir);
        deleteAbandonedTemporaryFiles();
        Path target = file(key);
        Path temp = Files.createTempFile(dir, target.getFileName().toString() + ".", ".tmp");
        try {
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
            AtomicFiles.replace(temp, target);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * Best effort: removes the temporary files of writes that died (a killed process) over an hour ago; a write in
     * progress elsewhere is minutes old at most.
     */
    private void deleteAbandonedTemporaryFiles() {
        long hourAgo = System.currentTimeMillis() - 3_600_000L;
        try (var files = Files.newDirectoryStream(dir, "ner-*.tmp")) {
            for (Path p : files) {
                try {
                    if (Files.getLastModifiedTime(p).toMillis() < hourAgo) {
                        Files.deleteIfExists(p);
                    }
                } catch (IOException e) {
                    // someone else's, or already gone
                }
            }
        } catch (IOException e) {
            // nothing to clean, or not allowed to look
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

    /** The matcher's instance fields, so that a change of its layout alone also changes every key. */
    private static final String MATCHER_LAYOUT = Arrays.stream(CleanGazetteMatcher.class.getDeclaredFields())
            .filter(f -> !Modifier.isStatic(f.getModifiers()))
            .map(f -> f.getType().getTypeName() + " " + f.getName())
            .sorted()
            .collect(Collectors.collectingAndThen(Collectors.joining(";"),
                    s -> sha256Hex(s.getBytes(StandardCharsets.UTF_8)).substring(0, 8)));

    private static String sha256Hex(byte[] bytes) {
        return HexFormat.of().formatHex(sha256().digest(bytes));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
