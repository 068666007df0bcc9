package io.newsextract.ner;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.io.IOUtils;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What a derived NER model file is derived from: the model path, the stanford-corenlp version, a SHA-256 of the
 * model's own bytes (as CoreNLP resolves the path: class path first, then file system), the file format and the
 * matcher's field layout. Two models share a file only if all of it is equal.
 */
record ModelKey(String modelPath, String corenlpVersion, String modelSha256) {

    String text() {
        return "newsextract derived NER model, format " + NerCacheFile.FORMAT + ", matcher fields " + MATCHER_LAYOUT
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

    /** The key of a model as CoreNLP would load it; null when its bytes cannot be found locally (e.g. a URL). */
    static ModelKey of(String modelPath) throws IOException {
        try (InputStream in = openLikeCoreNlp(modelPath)) {
            return in == null ? null : of(modelPath, in, installedCorenlpVersion());
        }
    }

    static ModelKey of(String modelPath, InputStream modelBytes, String corenlpVersion) throws IOException {
        MessageDigest sha = sha256();
        byte[] buffer = new byte[1 << 16];
        for (int n; (n = modelBytes.read(buffer)) > 0; ) {
            sha.update(buffer, 0, n);
        }
        return new ModelKey(modelPath, corenlpVersion, HexFormat.of().formatHex(sha.digest()));
    }

    /** The version in the stanford-corenlp jar's manifest, else where its classes come from. */
    static String installedCorenlpVersion() {
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
