package io.newsextract.lexicon;

import io.newsextract.api.PipelineException;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * All a language's data the stages read, loaded once from {@code models/<lang>/} and validated as it loads: a missing
 * file, a malformed row, an unknown sector id or a word class that a stage asks for and the language lacks is an
 * error naming the file and the key, not a rule that silently never fires. Immutable, so one instance serves every
 * stage and thread.
 */
public final class LanguageResources {

    private final String language;
    private final PosClasses classes;
    private final SpeechLexicon speech;
    private final Countries countries;
    private final NameLexicon names;
    private final SectorTerms sectors;
    private final Map<String, Integer> months;
    private final List<String> weekdays;
    private final List<String> dayOrdinals;
    private final EntityLabels entityLabels;

    private LanguageResources(DataFolder data, String language, Map<String, String> sectorLabels,
                              EntityLabels entityLabels) {
        this.language = language;
        this.entityLabels = entityLabels;
        classes = PosClasses.load(data, language);
        speech = SpeechLexicon.load(data, language, classes);
        countries = Countries.load(data, language);
        names = NameLexicon.load(data, language);
        sectors = SectorTerms.load(data, language, sectorLabels);
        months = months(data, language);
        weekdays = data.lines(language, "weekdays.txt").stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
        dayOrdinals = data.lines(language, "day-ordinals.txt");
    }

    /** The resources of each language, from the project's own {@code models/}. */
    public static Map<String, LanguageResources> load(Collection<String> languages) {
        return load(languages, DataFolder.MODELS);
    }

    /**
     * The resources of each language from {@code data}. Every language must define the word classes the stages ask
     * for ({@link PosClasses#REQUIRED}) and every class another language defines.
     */
    public static Map<String, LanguageResources> load(Collection<String> languages, DataFolder data) {
        Map<String, String> labels = SectorTerms.labels(data);
        EntityLabels entityLabels = EntityLabels.load(data);
        Map<String, LanguageResources> out = new LinkedHashMap<>();
        Set<String> classes = new TreeSet<>(PosClasses.REQUIRED);
        for (String lang : languages) {
            LanguageResources r = new LanguageResources(data, lang, labels, entityLabels);
            classes.addAll(r.classes.names());
            out.put(lang, r);
        }
        out.values().forEach(r -> r.classes.require(classes));
        return Collections.unmodifiableMap(out);
    }

    /** One part of each language's resources, by language code: {@code each(resources, LanguageResources::speech)}. */
    public static <T> Map<String, T> each(Map<String, LanguageResources> resources,
                                          Function<LanguageResources, T> part) {
        Map<String, T> out = new LinkedHashMap<>();
        resources.forEach((lang, r) -> out.put(lang, part.apply(r)));
        return Collections.unmodifiableMap(out);
    }

    private static Map<String, Integer> months(DataFolder data, String language) {
        Map<String, Integer> out = new HashMap<>();
        for (String[] row : data.table(language, "months.txt", 2)) {
            int number;
            try {
                number = Integer.parseInt(row[0]);
            } catch (NumberFormatException e) {
                throw new PipelineException(DataFolder.name(language, "months.txt") + ": not a month number: " + row[0]);
            }
            for (int i = 1; i < row.length; i++) {
                out.put(row[i].toLowerCase(Locale.ROOT), number);
            }
        }
        return Map.copyOf(out);
    }

    public String language() {
        return language;
    }

    /** Word classes over the tagger's tags ({@code pos-classes.tsv}). */
    public PosClasses classes() {
        return classes;
    }

    /** Speech verbs, cue words, pronouns, titles, quote marks. */
    public SpeechLexicon speech() {
        return speech;
    }

    public Countries countries() {
        return countries;
    }

    /** Word lists for the repairs of entity runs. */
    public NameLexicon names() {
        return names;
    }

    /** The entity models' labels and their coarse types ({@code models/ner-labels.tsv}, the same for all). */
    public EntityLabels entityLabels() {
        return entityLabels;
    }

    public SectorTerms sectors() {
        return sectors;
    }

    /** What may follow the day of a date in this language ("1st", "1°"), from {@code day-ordinals.txt}. */
    public List<String> dayOrdinals() {
        return dayOrdinals;
    }

    /** Month names and abbreviations, lower case, with their number ({@code months.txt}). */
    public Map<String, Integer> months() {
        return months;
    }

    /**
     * The word lists other data files may use in patterns as {@code @name}, so that no file repeats them:
     * {@code @month} (the names of {@code months.txt}), {@code @weekday} ({@code weekdays.txt}), {@code @speech}
     * (the lemmas and forms of the speech verbs flagged {@code asserts} in {@code speech-verbs.tsv}).
     */
    public Map<String, List<String>> patternLists() {
        return Map.of("month", months.keySet().stream().sorted().toList(), "weekday", weekdays,
                "speech", speech.assertingVerbForms());
    }
}
