package io.newsextract.quote;

import io.newsextract.lexicon.DataFolder;
import io.newsextract.lexicon.SpeechLexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The words of one language that can be the cue of an attribution ({@code models/<lang>/cue-words.tsv}), each with the
 * classes and groups it belongs to. Classes and groups are shared by every language, so a model that reads them (and
 * never the words) carries from English to Italian. A lemma of {@code speech-verbs.tsv} stands for all its forms.
 * Immutable.
 */
public final class CueWords {

    static final String FILE = "cue-words.tsv";

    /** A class of cue words ("say", "think") and its group ("speech", "think"). */
    public record Entry(String cls, String group) {
    }

    private final Map<String, List<Entry>> byWord;
    private final SpeechLexicon lex;

    private CueWords(Map<String, List<Entry>> byWord, SpeechLexicon lex) {
        this.byWord = byWord;
        this.lex = lex;
    }

    /** The cue words of {@code language} from the models folder. */
    public static CueWords load(String language, SpeechLexicon lex) {
        return load(DataFolder.MODELS, language, lex);
    }

    static CueWords load(DataFolder data, String language, SpeechLexicon lex) {
        Map<String, List<Entry>> byWord = new HashMap<>();
        for (String[] row : data.table(language, FILE, 3)) {
            Entry e = new Entry(row[0].strip(), row[1].strip());
            for (String w : row[2].split(",")) {
                String word = SpeechLexicon.lower(w);
                if (!word.isEmpty() && !word.contains(" ")) {
                    List<Entry> list = byWord.computeIfAbsent(word, k -> new ArrayList<>());
                    if (!list.contains(e)) {
                        list.add(e);
                    }
                }
            }
        }
        byWord.replaceAll((k, v) -> List.copyOf(v));
        return new CueWords(Map.copyOf(byWord), lex);
    }

    /**
     * The classes of a word as written: those listing the word itself, then those listing the lemma of the speech verb
     * it is a form of; empty when it is no cue word.
     */
    public List<Entry> classes(String word) {
        String lower = SpeechLexicon.lower(word);
        List<Entry> own = byWord.getOrDefault(lower, List.of());
        List<Entry> byLemma = lex.verb(word).map(v -> byWord.getOrDefault(SpeechLexicon.lower(v.lemma()), List.<Entry>of()))
                .orElse(List.of());
        if (byLemma.isEmpty() || own.containsAll(byLemma)) {
            return own;
        }
        List<Entry> all = new ArrayList<>(own);
        byLemma.stream().filter(e -> !all.contains(e)).forEach(all::add);
        return all;
    }
}
