package io.newsextract.ner;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.SentenceUtils;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The Italian NER model loaded once per JVM both ways, shared by the tests and the throughput tool. */
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

    static FastCrfTagger fast() {
        return Fast.TAGGER;
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
                return CRFClassifier.getClassifier(FastCrfTagger.ITALIAN_MODEL);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static final class Fast {
        static final FastCrfTagger TAGGER = FastCrfTagger.load(FastCrfTagger.ITALIAN_MODEL);
    }
}
