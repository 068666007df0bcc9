package io.newsextract.ner;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreLabel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

/**
 * A CRF NER model trained once per JVM on a handful of English sentences, with a clean gazette, and saved as a
 * {@code .crf.ser.gz} file in a temporary folder: for the tests of the derived-model cache's mechanics (keys, files,
 * damage, folders), which need a real serialised CRF with a gazette but not a big one. It loads and saves in
 * milliseconds where the English 3-class model takes ~2 s to load and ~3 s to save (38 MB).
 */
final class TinyCrfModel {

    /** A sentence the model labels as it was taught: the labels {@link #LABELS}. */
    static final List<String> SENTENCE = List.of("Angela", "Merkel", "met", "Joe", "Biden", "in", "Paris", ".");
    static final List<String> LABELS = List.of("PERSON", "PERSON", "O", "PERSON", "PERSON", "O", "LOCATION", "O");

    private static final String TRAINING = String.join("\n",
            "Angela\tPERSON", "Merkel\tPERSON", "met\tO", "Joe\tPERSON", "Biden\tPERSON", "in\tO", "Paris\tLOCATION",
            ".\tO", "",
            "Emmanuel\tPERSON", "Macron\tPERSON", "visited\tO", "Berlin\tLOCATION", "and\tO", "Rome\tLOCATION",
            ".\tO", "",
            "The\tO", "minister\tO", "Olaf\tPERSON", "Scholz\tPERSON", "spoke\tO", "in\tO", "London\tLOCATION",
            ".\tO", "");
    private static final String GAZETTE = String.join("\n",
            "PERSON Angela Merkel", "PERSON Joe Biden", "LOCATION Paris", "LOCATION New York", "");

    private TinyCrfModel() {
    }

    /** The model file, as a path {@link FastCrfTagger#load(String)} and {@link ModelKey#of(String)} accept. */
    static String path() {
        return Holder.MODEL.toString();
    }

    private static final class Holder {
        static final Path MODEL = train();
    }

    private static Path train() {
        try {
            Path dir = Files.createTempDirectory("newsextract-tiny-crf");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> ItalianNer.deleteTree(dir)));
            Path training = Files.writeString(dir.resolve("train.tsv"), TRAINING, StandardCharsets.UTF_8);
            Path gazette = Files.writeString(dir.resolve("gazette.txt"), GAZETTE, StandardCharsets.UTF_8);
            Properties props = new Properties();
            props.setProperty("trainFile", training.toString());
            props.setProperty("map", "word=0,answer=1");
            props.setProperty("useClassFeature", "true");
            props.setProperty("useWord", "true");
            props.setProperty("useNGrams", "true");
            props.setProperty("maxNGramLeng", "3");
            props.setProperty("usePrev", "true");
            props.setProperty("useNext", "true");
            props.setProperty("useSequences", "true");
            props.setProperty("usePrevSequences", "true");
            props.setProperty("useGazettes", "true");
            props.setProperty("cleanGazette", "true");
            props.setProperty("gazette", gazette.toString());
            CRFClassifier<CoreLabel> crf = new CRFClassifier<>(props);
            crf.train();
            Path model = dir.resolve("tiny.crf.ser.gz");
            crf.serializeClassifier(model.toString());
            return model;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
