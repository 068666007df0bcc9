package io.newsextract.ner;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import io.newsextract.api.PipelineException;

import java.util.ArrayList;
import java.util.List;

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
        List<CoreLabel> in = new ArrayList<>(words.size());
        for (String w : words) {
            CoreLabel l = new CoreLabel();
            l.setWord(w);
            l.setValue(w);
            l.setOriginalText(w);
            in.add(l);
        }
        List<CoreLabel> out = crf.classifySentence(in);
        List<String> labels = new ArrayList<>(out.size());
        for (CoreLabel l : out) {
            labels.add(l.get(CoreAnnotations.AnswerAnnotation.class));
        }
        return labels;
    }
}
