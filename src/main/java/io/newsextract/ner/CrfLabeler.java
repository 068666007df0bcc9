package io.newsextract.ner;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.SentenceUtils;
import io.newsextract.api.PipelineException;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A CoreNLP CRF model used as it is. Its classification keeps no state between calls, so it is shared by threads. */
public final class CrfLabeler implements SequenceLabeler {

    private final CRFClassifier<CoreLabel> crf;

    public CrfLabeler(String modelPath) {
        try {
            crf = CRFClassifier.getClassifier(modelPath);
        } catch (Exception e) {
            throw new PipelineException("cannot load NER model " + modelPath, e);
        }
    }

    @Override
    public List<String> labels(List<String> words) {
        return labels(crf, words);
    }

    /** One sentence through a CRF classifier: the words as CoreNLP tokens in, the answer label of each out. */
    static List<String> labels(CRFClassifier<CoreLabel> classifier, List<String> words) {
        String[] forms = new String[words.size()];
        for (int i = 0; i < forms.length; i++) {
            forms[i] = Objects.requireNonNull(words.get(i), "word");
        }
        List<CoreLabel> tagged = classifier.classifySentence(SentenceUtils.toCoreLabelList(forms));
        List<String> labels = new ArrayList<>(tagged.size());
        for (CoreLabel token : tagged) {
            labels.add(token.get(CoreAnnotations.AnswerAnnotation.class));
        }
        return List.copyOf(labels);
    }
}
