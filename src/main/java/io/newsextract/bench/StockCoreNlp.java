package io.newsextract.bench;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.StringUtils;

import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The stock CoreNLP pipelines the product is compared with: English quote attribution as CoreNLP ships it
 * (tokenize, ssplit, pos, lemma, ner, depparse, coref, quote) and the Italian pipeline of
 * {@code StanfordCoreNLP-italian.properties} up to NER (its quote annotator fails on Italian text).
 */
public final class StockCoreNlp {

    public static final Map<String, String> ANNOTATORS = Map.of(
            "en", "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote",
            "it", "cdc_tokenize,pos,ner");

    private StockCoreNlp() {
    }

    public static StanfordCoreNLP load(String language) {
        Properties p = language.equals("it")
                ? StringUtils.argsToProperties("-props", "StanfordCoreNLP-italian.properties") : new Properties();
        p.setProperty("annotators", ANNOTATORS.get(language));
        return new StanfordCoreNLP(p);
    }

    /** Warm tokens per second of the stock pipeline on these texts (one warm-up pass first). */
    public static double tokensPerSecond(StanfordCoreNLP nlp, List<String> texts) {
        for (String t : texts) {
            nlp.annotate(new Annotation(t));
        }
        long tokens = 0;
        long t0 = System.nanoTime();
        for (String t : texts) {
            Annotation a = new Annotation(t);
            nlp.annotate(a);
            tokens += a.get(CoreAnnotations.TokensAnnotation.class).size();
        }
        return tokens / ((System.nanoTime() - t0) / 1e9);
    }
}
