package io.newsextract.bench;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.StringUtils;

import io.newsextract.lexicon.LanguageConfig;

import java.util.List;
import java.util.Properties;

/**
 * The stock CoreNLP pipeline the product is compared with in a language, as {@code stock.annotators} and
 * {@code stock.properties} of {@code models/<lang>/pipeline.properties} give it (English: quote attribution as CoreNLP
 * ships it; Italian: {@code StanfordCoreNLP-italian.properties} up to NER, its quote annotator fails on Italian text).
 */
public final class StockCoreNlp {

    private StockCoreNlp() {
    }

    /** Whether the language names a stock pipeline to compare with. */
    public static boolean exists(LanguageConfig config) {
        return config.stockAnnotators() != null;
    }

    public static StanfordCoreNLP load(LanguageConfig config) {
        Properties p = config.stockProperties() == null ? new Properties()
                : StringUtils.argsToProperties("-props", config.stockProperties());
        p.setProperty("annotators", config.stockAnnotators());
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
