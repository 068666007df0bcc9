package io.newsextract.ner;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/** Italian text as sentences of CoreNLP word forms, through CoreNLP's own {@code cdc_tokenize} set up for Italian. */
final class ItalianSentences {

    private ItalianSentences() {
    }

    static List<List<String>> of(Path file) {
        try {
            return of(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<List<String>> of(String text) {
        Annotation document = new Annotation(text);
        Tokenizer.PIPELINE.annotate(document);
        List<List<String>> sentences = new ArrayList<>();
        for (CoreMap sentence : document.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<String> words = new ArrayList<>();
            for (CoreLabel token : sentence.get(CoreAnnotations.TokensAnnotation.class)) {
                words.add(token.word());
            }
            sentences.add(List.copyOf(words));
        }
        return List.copyOf(sentences);
    }

    /** The models jar's {@code StanfordCoreNLP-italian.properties}, its {@code cdc_tokenize.*} keys only. */
    private static final class Tokenizer {
        static final StanfordCoreNLP PIPELINE = new StanfordCoreNLP(properties());

        private static Properties properties() {
            Properties italian = new Properties();
            try (InputStream in = ItalianSentences.class.getClassLoader()
                    .getResourceAsStream("StanfordCoreNLP-italian.properties")) {
                if (in == null) {
                    throw new IllegalStateException("StanfordCoreNLP-italian.properties not on the class path");
                }
                italian.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Properties props = new Properties();
            props.setProperty("annotators", "cdc_tokenize");
            for (String key : italian.stringPropertyNames()) {
                if (key.startsWith("cdc_tokenize.")) {
                    props.setProperty(key, italian.getProperty(key));
                }
            }
            return props;
        }
    }
}
