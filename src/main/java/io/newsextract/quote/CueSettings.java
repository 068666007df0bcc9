package io.newsextract.quote;

import io.newsextract.api.PipelineException;
import io.newsextract.lexicon.LanguageData;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who decides the cues of reported speech in one language, read from {@code models/<lang>/reported-speech.properties}:
 * {@code cues = rules} (the cue rules alone), {@code cues = model} (the learned cue model alone) or
 * {@code cues = rules+model} (the rules, and the model in the sentences where the rules found no cue, or beside them
 * with {@code model-beside-rules}, for the cue-word groups of {@code model-adds}, and for those of {@code
 * model-adds-finite} when their content is a finite clause).
 * The system properties {@code newsextract.cues.<lang>}, {@code newsextract.cueGroups} and
 * {@code newsextract.cueFiniteGroups} override the file to try a variant. Unknown keys and values are an error.
 * A cue of a group of {@code model-adds-object} or {@code model-adds-topic} may also report a noun phrase rather than a
 * clause (see {@link Phrases}).
 *
 * @param adds       the groups of {@code cue-words.tsv} whose words the model may add as cues in {@code rules+model}
 * @param finiteAdds the groups whose words it may add only before a finite clause ("a poll shows Clinton leads",
 *                   not "showed no signs of backing down", "agreed to pay", "expects prices to rise")
 * @param keepQuoted whether reported content that is mostly a quote stays reported speech too ({@code quoted-content
 *                   = keep}: the Italian gold counts "ha detto che «…»" as a partial quote and as reported speech) or
 *                   is left to the quote ({@code drop}, the default: PolNeAR counts the quote alone)
 * @param phrases    the groups whose cues the model may add with a noun phrase as content
 * @param besideRules whether the model also adds cues in the sentences where the rules found one ({@code
 *                   model-beside-rules = true}), where their contents do not overlap or the model's cue opens a clause
 *                   of its own after a comma ("analysts said A, citing B")
 * @param headlines  whether a headline "Speaker: content" reports the content ({@code headline-cue = true}, see
 *                   {@link CueFinder#HEADLINE})
 */
record CueSettings(Mode mode, Set<String> adds, Set<String> finiteAdds, boolean keepQuoted, Phrases phrases,
                   boolean besideRules, boolean headlines) {

    /**
     * The groups whose words the model may add in {@code rules+model} with a noun phrase for content, where PolNeAR
     * counts one: the object right after the cue for the groups of {@code model-adds-object} ("cited the release of
     * political prisoners", "considers Mr. Clarke a realistic option"), the phrase after one of {@code
     * topic-prepositions} for those of {@code model-adds-topic} ("called for a moratorium", "criticized for failing
     * to"; the content starts past the preposition). Not an object after a cue of praise or blame: corpus/gold does not
     * count "welcomed the decision".
     */
    record Phrases(Set<String> objects, Set<String> topics, Set<String> prepositions) {
        static final Phrases NONE = new Phrases(Set.of(), Set.of(), Set.of());

        Phrases {
            objects = Set.copyOf(objects);
            topics = Set.copyOf(topics);
            prepositions = Set.copyOf(prepositions);
        }
    }

    /** Who decides. */
    enum Mode {
        RULES("rules"), MODEL("model"), RULES_PLUS_MODEL("rules+model");

        private final String value;

        Mode(String value) {
            this.value = value;
        }

        static Mode of(String value) {
            return Arrays.stream(values()).filter(m -> m.value.equals(value)).findFirst().orElseThrow(
                    () -> new PipelineException(FILE + ": cues must be rules, model or rules+model, not '" + value + "'"));
        }
    }

    static final String FILE = "reported-speech.properties";
    static final CueSettings RULES = new CueSettings(Mode.RULES, Set.of());
    /** Rules alone, keeping mostly quoted content as reported speech. */
    static final CueSettings RULES_KEEP_QUOTED = new CueSettings(Mode.RULES, Set.of(), Set.of(), true);
    private static final Set<String> KEYS = Set.of("cues", "model-adds", "model-adds-finite", "quoted-content",
            "model-adds-object", "model-adds-topic", "topic-prepositions", "model-beside-rules", "headline-cue");

    CueSettings {
        adds = Set.copyOf(adds);
        finiteAdds = Set.copyOf(finiteAdds);
    }

    CueSettings(Mode mode, Set<String> adds, Set<String> finiteAdds, boolean keepQuoted) {
        this(mode, adds, finiteAdds, keepQuoted, Phrases.NONE, false, false);
    }

    CueSettings(Mode mode, Set<String> adds) {
        this(mode, adds, Set.of(), false);
    }

    /** The settings of {@code language}; {@code rules} when the language has no file. */
    static CueSettings load(String language) {
        return parse(language, LanguageData.optionalLines(language, FILE).orElse(List.of()));
    }

    static CueSettings parse(String language, List<String> lines) {
        String mode = "rules";
        String adds = "";
        String finite = "";
        String quoted = "drop";
        Map<String, String> more = new HashMap<>();
        for (String line : lines) {
            int eq = line.indexOf('=');
            String key = eq < 0 ? line : line.substring(0, eq).strip();
            if (eq < 0 || !KEYS.contains(key)) {
                throw new PipelineException("models/" + language + "/" + FILE + ": unknown line '" + line
                        + "', known keys: " + new TreeSet<>(KEYS));
            }
            String value = line.substring(eq + 1).strip();
            switch (key) {
                case "cues" -> mode = value;
                case "model-adds" -> adds = value;
                case "quoted-content" -> quoted = value;
                case "model-adds-finite" -> finite = value;
                default -> more.put(key, value);
            }
        }
        mode = System.getProperty("newsextract.cues." + language, mode);
        adds = System.getProperty("newsextract.cueGroups", adds);
        finite = System.getProperty("newsextract.cueFiniteGroups", finite);
        if (!quoted.equals("drop") && !quoted.equals("keep")) {
            throw new PipelineException(FILE + ": quoted-content must be drop or keep, not '" + quoted + "'");
        }
        Phrases phrases = new Phrases(items(more.getOrDefault("model-adds-object", "")),
                items(more.getOrDefault("model-adds-topic", "")), items(more.getOrDefault("topic-prepositions", "")));
        return new CueSettings(Mode.of(mode), items(adds), items(finite), quoted.equals("keep"), phrases,
                flag(more, "model-beside-rules"), flag(more, "headline-cue"));
    }

    private static boolean flag(Map<String, String> values, String key) {
        String value = values.getOrDefault(key, "false");
        if (!value.equals("true") && !value.equals("false")) {
            throw new PipelineException(FILE + ": " + key + " must be true or false, not '" + value + "'");
        }
        return value.equals("true");
    }

    /** The comma-separated items of {@code list} (groups of {@code cue-words.tsv}, or words). */
    private static Set<String> items(String list) {
        Set<String> items = new TreeSet<>();
        for (String item : list.split(",")) {
            if (!item.isBlank()) {
                items.add(item.strip());
            }
        }
        return items;
    }

    /** Whether the model may add a cue of {@code group} in {@code rules+model}, whatever its content. */
    boolean addsAnyContent(String group) {
        return adds.contains(group);
    }

    /** Whether the model may add a cue of {@code group} in {@code rules+model}. */
    boolean adds(String group) {
        return adds.contains(group) || finiteAdds.contains(group) || phrases.objects.contains(group)
                || phrases.topics.contains(group);
    }

    /** Whether the learned cue model takes part. */
    boolean usesModel() {
        return mode != Mode.RULES;
    }
}
