package io.newsextract.ner;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.SentenceUtils;
import edu.stanford.nlp.sequences.FeatureFactory;
import edu.stanford.nlp.sequences.SeqClassifierFlags;
import edu.stanford.nlp.util.PaddedList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NerModelCacheTest {

    /**
     * A real CoreNLP CRF on the class path (no gazette; ~2 s to load, ~3 s to save), for keys and a load without a
     * cache. The tests of the cache's mechanics (damage, folders, prepared files) use {@link TinyCrfModel} instead: a
     * real serialised CRF with a clean gazette, through the same code paths, in milliseconds.
     */
    private static final String ENGLISH_MODEL = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";
    private static final List<String> ENGLISH = TinyCrfModel.SENTENCE;

    @Test
    void aCacheLoadedTaggerLabelsItalianAsAFreshlyIndexedOne() {
        FastCrfTagger fresh = ItalianNer.fast();
        FastCrfTagger cached = ItalianNer.cached();
        assertFalse(fresh.fromCache());
        assertTrue(cached.fromCache());
        assertEquals(fresh.gazetteEntries(), cached.gazetteEntries());
        int tokens = 0;
        List<String> differences = new ArrayList<>();
        for (Path article : ItalianNer.ARTICLES) {
            for (List<String> words : ItalianSentences.of(article)) {
                List<String> expected = fresh.labels(words);
                List<String> actual = cached.labels(words);
                if (!expected.equals(actual)) {
                    differences.add(String.join(" ", words) + "\n  fresh  " + expected + "\n  cached " + actual);
                }
                tokens += words.size();
            }
        }
        assertEquals(List.of(), differences);
        assertTrue(tokens > 2500, "compared " + tokens + " tokens");
    }

    /** Stronger than equal labels: every node-clique feature, gazette ones included, at every position. */
    @Test
    void aCacheLoadedTaggerHasTheFreshOnesNodeFeatures() {
        CRFClassifier<CoreLabel> fresh = ItalianNer.fast().classifier();
        FeatureFactory<CoreLabel> freshFeatures = fresh.featureFactories.get(0);
        FeatureFactory<CoreLabel> cachedFeatures = ItalianNer.cached().classifier().featureFactories.get(0);
        assertInstanceOf(IndexedGazetteFeatureFactory.class, cachedFeatures);
        CoreLabel pad = new CoreLabel();
        pad.set(CoreAnnotations.AnswerAnnotation.class, fresh.flags.backgroundSymbol);
        int withGazette = 0;
        for (Path article : ItalianNer.ARTICLES) {
            for (List<String> words : ItalianSentences.of(article)) {
                List<CoreLabel> document = fresh.classifySentence(
                        SentenceUtils.toCoreLabelList(words.toArray(new String[0])));
                PaddedList<CoreLabel> padded = new PaddedList<>(document, pad);
                for (int i = 0; i < document.size(); i++) {
                    Set<String> expected = new HashSet<>(
                            freshFeatures.getCliqueFeatures(padded, i, FeatureFactory.cliqueC));
                    Set<String> actual = new HashSet<>(
                            cachedFeatures.getCliqueFeatures(padded, i, FeatureFactory.cliqueC));
                    String word = document.get(i).word();
                    assertEquals(expected, actual, () -> "features of " + word);
                    if (expected.stream().anyMatch(f -> f.contains("-GAZ"))) {
                        withGazette++;
                    }
                }
            }
        }
        assertTrue(withGazette > 200, "only " + withGazette + " positions with gazette features");
    }

    /** The reloaded classifier is the same model: flags (every field), indices, weights, known words. */
    @Test
    void aCacheLoadedClassifierIsTheFreshOne() throws Exception {
        CRFClassifier<CoreLabel> fresh = ItalianNer.fast().classifier();
        CRFClassifier<CoreLabel> cached = ItalianNer.cached().classifier();
        assertSameFields(SeqClassifierFlags.class, fresh.flags, cached.flags);
        assertEquals(ItalianNer.stock().flags.toString(), cached.flags.toString());
        assertEquals(fresh.classIndex.objectsList(), cached.classIndex.objectsList());
        assertEquals(((edu.stanford.nlp.util.Index<?>) field(CRFClassifier.class, "featureIndex", fresh)).objectsList(),
                ((edu.stanford.nlp.util.Index<?>) field(CRFClassifier.class, "featureIndex", cached)).objectsList());
        assertEquals(String.valueOf(field(CRFClassifier.class, "labelIndices", fresh)),
                String.valueOf(field(CRFClassifier.class, "labelIndices", cached)));
        assertTrue(java.util.Arrays.deepEquals((float[][]) field(CRFClassifier.class, "weights", fresh),
                (float[][]) field(CRFClassifier.class, "weights", cached)), "weights");
        assertEquals(fresh.windowSize, cached.windowSize);
        assertEquals(fresh.getKnownLCWords(), cached.getKnownLCWords());
        assertEquals(fresh.featureFactories.size(), cached.featureFactories.size());
    }

    @Test
    void aDamagedCacheFileIsIgnoredAndRebuilt(@TempDir Path dir) throws Exception {
        NerModelCache cache = new NerModelCache(dir);
        FastCrfTagger first = FastCrfTagger.load(TinyCrfModel.path(), cache);
        assertFalse(first.fromCache());
        ModelKey key = ModelKey.of(TinyCrfModel.path());
        Path file = cache.file(key);
        byte[] good = Files.readAllBytes(file);
        assertNotNull(cache.read(key));

        // a flipped byte, a file cut short, an empty file: all refused by read()
        byte[] flipped = good.clone();
        flipped[flipped.length / 2] ^= 0x10;
        for (byte[] bad : List.of(flipped, java.util.Arrays.copyOf(good, good.length / 3), new byte[0])) {
            Files.write(file, bad);
            assertThrows(IOException.class, () -> cache.read(key));
        }
        // a whole, valid file of another key under this key's name
        ModelKey other = new ModelKey(key.modelPath(), "other", key.modelSha256());
        Files.write(file, good);
        Files.move(file, cache.file(other));
        assertThrows(IOException.class, () -> cache.read(other));

        // load() goes on from the model, rewrites the file, and the next load reads it
        Files.write(file, flipped);
        FastCrfTagger rebuilt = FastCrfTagger.load(TinyCrfModel.path(), cache);
        assertFalse(rebuilt.fromCache());
        assertNotNull(cache.read(key));
        FastCrfTagger reread = FastCrfTagger.load(TinyCrfModel.path(), cache);
        assertTrue(reread.fromCache());
        assertEquals(first.labels(ENGLISH), rebuilt.labels(ENGLISH));
        assertEquals(first.labels(ENGLISH), reread.labels(ENGLISH));
        assertEquals(TinyCrfModel.LABELS, reread.labels(ENGLISH));
        assertTrue(first.gazetteEntries() > 0);
        assertEquals(first.gazetteEntries(), reread.gazetteEntries());
        try (var files = Files.list(dir)) {
            assertTrue(files.noneMatch(p -> p.toString().endsWith(".tmp")), "temporary files left behind");
        }
    }

    @Test
    void aWriteRemovesOnlyAbandonedTemporaryFiles(@TempDir Path dir) throws Exception {
        NerModelCache cache = new NerModelCache(dir);
        Path abandoned = Files.writeString(dir.resolve("ner-x.bin.123.tmp"), "x");
        Files.setLastModifiedTime(abandoned, java.nio.file.attribute.FileTime.fromMillis(
                System.currentTimeMillis() - 2 * 3_600_000L));
        Path recent = Files.writeString(dir.resolve("ner-y.bin.456.tmp"), "y");
        Path other = Files.writeString(dir.resolve("notes.tmp"), "z");
        Files.setLastModifiedTime(other, java.nio.file.attribute.FileTime.fromMillis(0));
        ModelKey key = key("m.ser.gz", new byte[] {1}, "v");
        cache.write(key, new CRFClassifier<>(new java.util.Properties()), List.of());
        assertFalse(Files.exists(abandoned));
        assertTrue(Files.exists(recent));
        assertTrue(Files.exists(other));
        assertTrue(Files.exists(cache.file(key)));
    }

    @Test
    void anUnwritableCacheFolderMeansNoCache(@TempDir Path dir) throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("file"), "x");
        NerModelCache cache = new NerModelCache(notAFolder.resolve("cache"));
        FastCrfTagger tagger = FastCrfTagger.load(TinyCrfModel.path(), cache);
        assertFalse(tagger.fromCache());
        assertEquals("PERSON", tagger.labels(ENGLISH).get(0));
        assertFalse(Files.exists(notAFolder.resolve("cache")));
    }

    @Test
    void theKeyChangesWithTheModelBytesPathAndCoreNlpVersion() throws Exception {
        byte[] model = {1, 2, 3, 4, 5};
        byte[] changed = {1, 2, 3, 4, 6};
        ModelKey key = key("a/model.crf.ser.gz", model, "4.5.10");
        assertEquals(key, key("a/model.crf.ser.gz", model, "4.5.10"));
        assertEquals(key.fileName(), key("a/model.crf.ser.gz", model, "4.5.10").fileName());
        for (ModelKey other : List.of(key("a/model.crf.ser.gz", changed, "4.5.10"),
                key("b/model.crf.ser.gz", model, "4.5.10"), key("a/model.crf.ser.gz", model, "4.5.9"))) {
            assertNotEquals(key.text(), other.text());
            assertNotEquals(key.fileName(), other.fileName());
        }
        assertTrue(key.fileName().matches("ner-model\\.crf-[0-9a-f]{16}\\.bin"), key.fileName());
        assertTrue(key.text().contains("format " + NerCacheFile.FORMAT));

        // the real models: keyed by their own bytes, as CoreNLP finds them, and the running CoreNLP's version
        ModelKey italian = ModelKey.of(io.newsextract.lexicon.LanguageConfig.load("it").nerModel());
        assertEquals(italian, ModelKey.of(io.newsextract.lexicon.LanguageConfig.load("it").nerModel()));
        assertNotEquals(italian.fileName(), ModelKey.of(ENGLISH_MODEL).fileName());
        assertEquals(64, italian.modelSha256().length());
        assertEquals("4.5.10", italian.corenlpVersion());
        assertNull(ModelKey.of("no/such/model.crf.ser.gz"));
    }

    @Test
    void aModelFileIsKeyedByItsContent(@TempDir Path dir) throws Exception {
        Path model = dir.resolve("m.ser.gz");
        Files.write(model, new byte[] {1, 2, 3});
        ModelKey before = ModelKey.of(model.toString());
        Files.write(model, new byte[] {1, 2, 4});
        assertNotEquals(before.fileName(), ModelKey.of(model.toString()).fileName());
    }

    @Test
    void theFolderComesFromThePropertyThenTheEnvironmentThenHome() {
        assertEquals(Path.of("/p"), NerModelCache.directory("/p", "/e", "/home/u"));
        assertEquals(Path.of("/e"), NerModelCache.directory(null, "/e", "/home/u"));
        assertEquals(Path.of("/e"), NerModelCache.directory(" ", "/e", "/home/u"));
        assertEquals(Path.of("/home/u/.cache/newsextract"), NerModelCache.directory(null, null, "/home/u"));
        assertNull(NerModelCache.directory("off", "/e", "/home/u"));
        assertNull(NerModelCache.directory(null, "OFF", "/home/u"));
        assertNull(NerModelCache.directory(null, null, null));
    }

    @Test
    void aPreparedFolderIsReadFirstAndNeverWritten(@TempDir Path dir) throws Exception {
        Path prepared = dir.resolve("prepared");
        Path user = dir.resolve("user");
        Path file = FastCrfTagger.prepare(TinyCrfModel.path(), prepared);
        assertEquals(prepared.resolve(ModelKey.of(TinyCrfModel.path()).fileName()), file);
        // dated an hour back, so that a rewrite, however quick, would show
        long modified = System.currentTimeMillis() - 3_600_000L;
        Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(modified));

        // prepared again: the valid file is read, not rewritten
        assertEquals(file, FastCrfTagger.prepare(TinyCrfModel.path(), prepared));
        assertEquals(modified, Files.getLastModifiedTime(file).toMillis());

        NerModelCache cache = new NerModelCache(user, List.of(prepared));
        FastCrfTagger tagger = FastCrfTagger.load(TinyCrfModel.path(), cache);
        assertTrue(tagger.fromCache());
        assertEquals("PERSON", tagger.labels(ENGLISH).get(0));
        assertFalse(Files.exists(user), "a load served by the prepared folder writes nothing");

        // a damaged prepared file is passed over: the load builds into the user folder, the prepared file stays
        byte[] damaged = Files.readAllBytes(file);
        damaged[damaged.length / 2] ^= 0x10;
        Files.write(file, damaged);
        FastCrfTagger rebuilt = FastCrfTagger.load(TinyCrfModel.path(), cache);
        assertFalse(rebuilt.fromCache());
        assertTrue(Files.isRegularFile(cache.file(ModelKey.of(TinyCrfModel.path()))));
        assertTrue(FastCrfTagger.load(TinyCrfModel.path(), cache).fromCache());
        assertArrayEquals(damaged, Files.readAllBytes(file), "the prepared folder is never written");
    }

    @Test
    void thePreparedFolderIsBesideTheClassesAndNotTheCacheFolderTwice(@TempDir Path dir) {
        Path prepared = NerModelCache.preparedDirectory();
        assertNotNull(prepared);
        assertEquals(NerModelCache.PREPARED_DIR, prepared.getFileName().toString());
        Path classes = Path.of(NerModelCache.class.getProtectionDomain().getCodeSource().getLocation().getPath());
        assertEquals(classes.toAbsolutePath().getParent(), prepared.getParent());
        assertEquals(List.of(), new NerModelCache(dir, List.of(dir.resolve(".").resolve("x/..")))
                .readOnlyDirectories());
        assertEquals(List.of(prepared), new NerModelCache(dir, List.of(prepared)).readOnlyDirectories());
    }

    @Test
    void preparingAMissingModelIsAnError(@TempDir Path dir) {
        assertThrows(io.newsextract.api.PipelineException.class,
                () -> FastCrfTagger.prepare("no/such/model.crf.ser.gz", dir));
    }

    @Test
    void withoutACacheItLoadsAsBefore() {
        FastCrfTagger tagger = FastCrfTagger.load(ENGLISH_MODEL, null);
        assertFalse(tagger.fromCache());
        assertEquals("LOCATION", tagger.labels(ENGLISH).get(6));
    }

    private static ModelKey key(String path, byte[] model, String version) throws IOException {
        return ModelKey.of(path, new ByteArrayInputStream(model), version);
    }

    private static void assertSameFields(Class<?> type, Object expected, Object actual) throws Exception {
        int compared = 0;
        for (Field f : type.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) || Modifier.isTransient(f.getModifiers())) {
                continue;
            }
            f.setAccessible(true);
            Object a = f.get(expected);
            Object b = f.get(actual);
            assertTrue(Objects.deepEquals(a, b) || String.valueOf(a).equals(String.valueOf(b)),
                    () -> type.getSimpleName() + "." + f.getName() + ": " + a + " vs " + b);
            compared++;
        }
        assertTrue(compared > 100, "compared only " + compared + " fields");
    }

    private static Object field(Class<?> owner, String name, Object target) throws Exception {
        Field f = owner.getDeclaredField(name);
        f.setAccessible(true);
        return f.get(target);
    }
}
