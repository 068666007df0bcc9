package io.newsextract.lexicon;

import io.newsextract.api.PipelineException;
import io.newsextract.api.PosClass;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The word classes of one language over its tagger's part-of-speech tags, from {@code models/<lang>/pos-classes.tsv}:
 * class, the tags (comma-separated, {@code -} for none) and optionally words (lower case) that belong to it whatever
 * their tag. A class a stage asks for must be in the file of every language: a class a language lacks is a load
 * error, never a silent "no".
 */
public final class PosClasses {

    static final String FILE = "pos-classes.tsv";
    /** The classes the stages ask for; every language defines each of them (possibly with no tag and no word). */
    static final Set<String> REQUIRED = Arrays.stream(PosClass.values()).map(PosClass::key)
            .collect(Collectors.toUnmodifiableSet());

    private final String language;
    private final Map<String, Set<String>> classTags = new HashMap<>();
    private final Map<String, Set<String>> classWords = new HashMap<>();

    private PosClasses(String language) {
        this.language = language;
    }

    static PosClasses load(DataFolder folder, String language) {
        PosClasses c = new PosClasses(language);
        for (String[] row : folder.table(language, FILE, 2)) {
            if (c.classTags.containsKey(row[0])) {
                throw new PipelineException(DataFolder.name(language, FILE) + ": class '" + row[0] + "' twice");
            }
            c.classTags.put(row[0], row[1].equals("-") ? Set.of()
                    : Set.copyOf(Arrays.stream(row[1].split(",")).map(String::strip).toList()));
            c.classWords.put(row[0], Set.copyOf(row.length > 2 ? SpeechLexicon.list(row[2]) : List.of()));
        }
        return c;
    }

    /** Fails, naming the file and the class, when one of {@code classes} is not defined. */
    void require(Set<String> classes) {
        for (String name : new TreeSet<>(classes)) {
            if (!classTags.containsKey(name)) {
                throw new PipelineException(DataFolder.name(language, FILE) + ": missing class '" + name
                        + "' (write it with - for no tag if the language has none)");
            }
        }
    }

    Set<String> names() {
        return classTags.keySet();
    }

    /** Whether a token of this POS tag and word belongs to the class. */
    public boolean is(String wordClass, String tag, String word) {
        return (tag != null && tags(wordClass).contains(tag))
                || word != null && classWords.get(wordClass).contains(word.strip().toLowerCase(Locale.ROOT));
    }

    /** Whether one of {@code tags} (a merged token's) belongs to the class by its tag. */
    public boolean anyTag(String wordClass, List<String> tags) {
        Set<String> members = tags(wordClass);
        for (String t : tags) {
            if (members.contains(t)) {
                return true;
            }
        }
        return false;
    }

    private Set<String> tags(String wordClass) {
        Set<String> tags = classTags.get(wordClass);
        if (tags == null) {
            throw new IllegalArgumentException("no word class '" + wordClass + "' in "
                    + DataFolder.name(language, FILE));
        }
        return tags;
    }
}
