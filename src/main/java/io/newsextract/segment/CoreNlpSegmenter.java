package io.newsextract.segment;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import io.newsextract.lexicon.LanguageConfig;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * CoreNLP's tokenizer and sentence splitter for one language. The rule tokenizer ({@code ptb}) reports exact
 * offsets; the statistical Italian one ({@code cdc_tokenize}) expands multi-word tokens and its offsets drift, so
 * its words are realigned to the text by {@link OffsetRealigner}.
 */
final class CoreNlpSegmenter implements Segmenter {

    private final StanfordCoreNLP nlp;
    private final boolean realign;

    CoreNlpSegmenter(LanguageConfig config) {
        Properties p = new Properties();
        if (config.tokenizer().equals("cdc")) {
            p.setProperty("annotators", "cdc_tokenize");
            p.setProperty("cdc_tokenize.model", config.tokenizerModel());
            p.setProperty("cdc_tokenize.multiWordRules", config.multiWordRules());
            realign = true;
        } else {
            p.setProperty("annotators", "tokenize,ssplit");
            p.setProperty("tokenize.language", config.language());
            p.setProperty("ssplit.newlineIsSentenceBreak", "always");
            realign = false;
        }
        p.setProperty("tokenize.options", "untokenizable=noneKeep");
        nlp = new StanfordCoreNLP(p, false);
    }

    @Override
    public List<List<Word>> split(String paragraph) {
        Annotation ann = new Annotation(paragraph);
        nlp.annotate(ann);
        List<CoreMap> sentences = ann.get(CoreAnnotations.SentencesAnnotation.class);
        List<List<Word>> out = new ArrayList<>();
        if (realign) {
            OffsetRealigner aligner = new OffsetRealigner(paragraph);
            for (CoreMap s : sentences) {
                out.add(aligner.align(s.get(CoreAnnotations.TokensAnnotation.class)));
            }
        } else {
            for (CoreMap s : sentences) {
                List<Word> words = new ArrayList<>();
                for (CoreLabel t : s.get(CoreAnnotations.TokensAnnotation.class)) {
                    words.add(new Word(t.word(), t.beginPosition(), t.endPosition()));
                }
                out.add(words);
            }
        }
        return out;
    }
}
