package io.newsextract.ner;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.SentenceUtils;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The Italian NER model loaded once per JVM three ways, shared by the tests and the throughput tool: stock, freshly
 * indexed ({@link #fast()}, which also fills a derived-model cache in a temporary folder of this JVM), and read back
 * from that cache ({@link #cached()}).
 */
final class ItalianNer {

    /** The Italian articles the taggers are compared on. */
    static final List<Path> ARTICLES = List.of(
            Path.of("corpus/it/000_e3ea19b8992806a7.txt"),
            Path.of("corpus/it/900_manovra_cuneo_fiscale.txt"),
            Path.of("corpus/it/901_autonomia_infrastrutture.txt"));

    private ItalianNer() {
    }

    /** The stock classifier, loaded the normal way and left as loaded. */
    static CRFClassifier<CoreLabel> stock() {
        return Stock.CLASSIFIER;
    }

    /** Built from the model (deserialised and indexed), never read from a cache. */
    static FastCrfTagger fast() {
        return Fast.TAGGER;
    }

    /** Read from the cache that {@link #fast()} wrote. */
    static FastCrfTagger cached() {
        return Cached.TAGGER;
    }

    /** The cache {@link #fast()} writes to: a temporary folder, emptied at the start and deleted at the end. */
    static NerModelCache cache() {
        return Cache.CACHE;
    }

    /** The stock classifier's labels for one sentence, through CoreNLP's own sentence entry point. */
    static List<String> stockLabels(List<String> words) {
        List<CoreLabel> tagged = stock().classifySentence(SentenceUtils.toCoreLabelList(words.toArray(new String[0])));
        List<String> labels = new ArrayList<>();
        for (CoreLabel token : tagged) {
            labels.add(token.get(CoreAnnotations.AnswerAnnotation.class));
        }
        return labels;
    }

    private static final class Stock {
        static final CRFClassifier<CoreLabel> CLASSIFIER = load();

        private static CRFClassifier<CoreLabel> load() {
            try {
                return CRFClassifier.getClassifier(io.newsextract.lexicon.LanguageConfig.load("it").nerModel());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static final class Cache {
        static final NerModelCache CACHE = new NerModelCache(temporaryFolder());

        private static Path temporaryFolder() {
            try {
                Path dir = Files.createTempDirectory("newsextract-ner-cache");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(dir)));
                return dir;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static final class Fast {
        static final FastCrfTagger TAGGER = load();

        private static FastCrfTagger load() {
            FastCrfTagger tagger = FastCrfTagger.load(io.newsextract.lexicon.LanguageConfig.load("it").nerModel(), cache());
            if (tagger.fromCache()) {
                throw new IllegalStateException("the fresh tagger came from a cache");
            }
            return tagger;
        }
    }

    private static final class Cached {
        static final FastCrfTagger TAGGER = load();

        private static FastCrfTagger load() {
            fast();   // fills the cache
            return FastCrfTagger.load(io.newsextract.lexicon.LanguageConfig.load("it").nerModel(), cache());
        }
    }

    static void deleteTree(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind
        }
    }
}
