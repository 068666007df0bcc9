package io.newsextract.ner;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreLabel;
import io.newsextract.io.AtomicFiles;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

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
 * <p>A file is found by its {@link ModelKey}: the model path, the stanford-corenlp version, a SHA-256 of the model's own
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
    private static final System.Logger LOG = System.getLogger(NerModelCache.class.getName());

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

    Path file(ModelKey key) {
        return dir.resolve(key.fileName());
    }

    /**
     * The saved entry for the key, or null when there is none: from the first read-only folder that holds a valid one
     * (one that does not is passed over with a warning), else from the cache folder.
     *
     * @throws IOException when the cache folder has a file but it cannot be read or is not a whole, valid entry for
     *                     this key
     */
    NerCacheFile.Entry read(ModelKey key) throws IOException {
        for (Path folder : readOnly) {
            Path file = folder.resolve(key.fileName());
            if (Files.isRegularFile(file)) {
                try {
                    return NerCacheFile.read(file, key);
                } catch (IOException e) {
                    LOG.log(System.Logger.Level.WARNING, "NER model cache: ignoring " + file + " (" + e + ")");
                }
            }
        }
        Path file = file(key);
        return Files.isRegularFile(file) ? NerCacheFile.read(file, key) : null;
    }

    /** The folders read before the cache folder. */
    List<Path> readOnlyDirectories() {
        return readOnly;
    }

    /**
     * Saves a classifier whose clean gazettes have been {@linkplain IndexedGazetteFeatureFactory#detach detached}
     * (its factories still the stock ones) and their matchers, atomically: a temporary file in the folder, then a
     * rename over any previous one.
     *
     * @throws IOException when the folder or the file cannot be written (the caller then simply goes without)
     */
    void write(ModelKey key, CRFClassifier<CoreLabel> gazetteless, List<CleanGazetteMatcher> matchers) throws IOException {
        ByteArrayOutputStream classifierBytes = new ByteArrayOutputStream(1 << 24);
        try (ObjectOutputStream oos = new ObjectOutputStream(classifierBytes)) {
            gazetteless.serializeClassifier(oos);
        }
        Files.createDirectories(dir);
        deleteAbandonedTemporaryFiles();
        Path target = file(key);
        Path temp = Files.createTempFile(dir, target.getFileName().toString() + ".", ".tmp");
        try {
            NerCacheFile.write(temp, key, classifierBytes, matchers);
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

}
