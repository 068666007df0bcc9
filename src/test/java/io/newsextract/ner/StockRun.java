package io.newsextract.ner;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.SentenceUtils;
import edu.stanford.nlp.sequences.Clique;
import edu.stanford.nlp.sequences.FeatureFactory;
import edu.stanford.nlp.util.PaddedList;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The stock Italian classifier run once per JVM over every sentence of {@link ItalianNer#ARTICLES}, keeping, per
 * sentence, its labels and the node-clique features its own factory computed at each position while labelling.
 *
 * <p>The stock clean-gazette lookup costs ~10 ms a position, and labelling a sentence computes exactly those features:
 * recording them as they are computed lets the label test and the feature test share one stock pass instead of
 * paying for it twice. The recorder only passes the stock factory's calls through (same input, same output); the
 * classifier's own factory is put back when the pass ends. Sentences are labelled on a few threads, as CoreNLP's
 * own {@code ner.nthreads} does with one classifier.
 */
final class StockRun {

    /** One sentence as the stock classifier saw it: its words, its labels, and the features at each position. */
    record Sentence(Path article, List<String> words, List<String> labels, PaddedList<CoreLabel> input,
                    List<Set<String>> nodeFeatures) {
    }

    private StockRun() {
    }

    static List<Sentence> sentences() {
        return Holder.SENTENCES;
    }

    private static final class Holder {
        static final List<Sentence> SENTENCES = run();
    }

    private static List<Sentence> run() {
        CRFClassifier<CoreLabel> stock = ItalianNer.stock();
        List<Path> articles = new ArrayList<>();
        List<List<String>> words = new ArrayList<>();
        for (Path article : ItalianNer.ARTICLES) {
            for (List<String> sentence : ItalianSentences.of(article)) {
                articles.add(article);
                words.add(sentence);
            }
        }
        List<FeatureFactory<CoreLabel>> own = List.copyOf(stock.featureFactories);
        if (own.size() != 1) {
            throw new IllegalStateException("expected one feature factory, found " + own);
        }
        Recorder recorder = new Recorder(own.get(0), stock);
        stock.featureFactories.set(0, recorder);
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()));
        try {
            List<Sentence> sentences = new ArrayList<>();
            // the first call, alone, builds what the classifier makes lazily; then the threads share it
            sentences.add(label(stock, recorder, articles.get(0), words.get(0)));
            List<Future<Sentence>> runs = new ArrayList<>();
            for (int s = 1; s < words.size(); s++) {
                Path article = articles.get(s);
                List<String> sentence = words.get(s);
                runs.add(pool.submit(() -> label(stock, recorder, article, sentence)));
            }
            for (Future<Sentence> run : runs) {
                sentences.add(run.get());
            }
            return List.copyOf(sentences);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
            stock.featureFactories.set(0, own.get(0));
        }
    }

    private static Sentence label(CRFClassifier<CoreLabel> stock, Recorder recorder, Path article,
                                  List<String> words) {
        Recording recording = new Recording();
        recorder.current.set(recording);
        try {
            List<CoreLabel> tagged = stock.classifySentence(
                    SentenceUtils.toCoreLabelList(words.toArray(new String[0])));
            List<String> labels = new ArrayList<>();
            List<Set<String>> features = new ArrayList<>();
            for (int i = 0; i < tagged.size(); i++) {
                labels.add(tagged.get(i).get(CoreAnnotations.AnswerAnnotation.class));
                Set<String> atI = recording.nodeFeatures.get(i);
                if (atI == null) {
                    throw new IllegalStateException("no node features recorded at " + i + " of " + words);
                }
                features.add(atI);
            }
            if (recording.input == null || recording.input.size() != words.size()) {
                throw new IllegalStateException("no input recorded for " + words);
            }
            return new Sentence(article, words, List.copyOf(labels), recording.input, List.copyOf(features));
        } finally {
            recorder.current.remove();
        }
    }

    /** What the stock factory computed for one sentence. */
    private static final class Recording {
        final Map<Integer, Set<String>> nodeFeatures = new HashMap<>();
        PaddedList<CoreLabel> input;
    }

    /** Passes every call to the stock factory, and notes its node-clique features for the calling thread. */
    private static final class Recorder extends FeatureFactory<CoreLabel> {

        private static final long serialVersionUID = 1L;

        final transient FeatureFactory<CoreLabel> stock;
        final transient ThreadLocal<Recording> current = new ThreadLocal<>();

        Recorder(FeatureFactory<CoreLabel> stock, CRFClassifier<CoreLabel> classifier) {
            this.stock = stock;
            init(classifier.flags);
        }

        @Override
        public Collection<String> getCliqueFeatures(PaddedList<CoreLabel> info, int position, Clique clique) {
            Collection<String> features = stock.getCliqueFeatures(info, position, clique);
            if (clique == FeatureFactory.cliqueC) {
                Recording recording = current.get();
                recording.nodeFeatures.put(position, Set.copyOf(features));
                recording.input = info;
            }
            return features;
        }
    }
}
