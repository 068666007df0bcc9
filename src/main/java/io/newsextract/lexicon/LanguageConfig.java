package io.newsextract.lexicon;

import io.newsextract.api.PipelineException;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which models a language uses, read from {@code models/<lang>/pipeline.properties}. Unknown keys are an error so
 * that a typo cannot silently fall back to a default.
 *
 * @param tokenizer      {@code ptb} (CoreNLP's rule tokenizer) or {@code cdc} (its statistical one, with
 *                       multi-word token expansion)
 * @param lemmatizer     {@code english-morphology} or {@code lowercase}
 * @param nerGazette     {@code stock} (the CRF as CoreNLP runs it) or {@code indexed} (the same features, its
 *                       clean gazette matched with a token trie: identical labels, hundreds of times faster)
 * @param stockAnnotators the stock CoreNLP pipeline {@code bench --vs-corenlp} compares with, or null for none
 * @param stockProperties the CoreNLP properties file (class path) that pipeline starts from, or null
 */
public record LanguageConfig(String language, String tokenizer, String tokenizerModel, String multiWordRules,
                             String posModel, String nerModel, String lemmatizer, String nerGazette,
                             String stockAnnotators, String stockProperties) {

    private static final Set<String> KEYS = Set.of("tokenizer", "tokenizer.model", "tokenizer.multiWordRules",
            "pos.model", "ner.model", "ner.gazette", "lemmatizer", "stock.annotators", "stock.properties");
    private static final String FILE = "pipeline.properties";

    public static boolean exists(String language) {
        return LanguageData.exists(language, FILE);
    }

    public static LanguageConfig load(String language) {
        Map<String, String> values = new HashMap<>();
        List<String> lines = LanguageData.lines(language, FILE);
        for (String line : lines) {
            int eq = line.indexOf('=');
            if (eq < 0) {
                throw new PipelineException("models/" + language + "/" + FILE + ": not a key = value line: " + line);
            }
            String key = line.substring(0, eq).strip();
            if (!KEYS.contains(key)) {
                throw new PipelineException("models/" + language + "/" + FILE + ": unknown key '" + key
                        + "', known: " + KEYS);
            }
            values.put(key, line.substring(eq + 1).strip());
        }
        LanguageConfig c = new LanguageConfig(language, values.getOrDefault("tokenizer", "ptb"),
                values.get("tokenizer.model"), values.get("tokenizer.multiWordRules"), values.get("pos.model"),
                values.get("ner.model"), values.getOrDefault("lemmatizer", "lowercase"),
                values.getOrDefault("ner.gazette", "stock"), values.get("stock.annotators"),
                values.get("stock.properties"));
        if (!Set.of("ptb", "cdc").contains(c.tokenizer)) {
            throw new PipelineException(language + ": tokenizer must be ptb or cdc, not " + c.tokenizer);
        }
        if (c.tokenizer.equals("cdc") && (c.tokenizerModel == null || c.multiWordRules == null)) {
            throw new PipelineException(language + ": the cdc tokenizer needs tokenizer.model and tokenizer.multiWordRules");
        }
        if (!Set.of("english-morphology", "lowercase").contains(c.lemmatizer)) {
            throw new PipelineException(language + ": lemmatizer must be english-morphology or lowercase");
        }
        if (!Set.of("stock", "indexed").contains(c.nerGazette)) {
            throw new PipelineException(language + ": ner.gazette must be stock or indexed, not " + c.nerGazette);
        }
        return c;
    }
}
