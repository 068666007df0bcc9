package io.newsextract.quote;

import io.newsextract.api.PipelineException;
import io.newsextract.lexicon.LanguageData;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who decides the cues of reported speech in one language, read from {@code models/<lang>/reported-speech.properties}:
 * {@code cues = rules} (the cue rules alone), {@code cues = model} (the learned cue model alone) or
 * {@code cues = rules+model} (the rules, and the model in the sentences where the rules found no cue, for the cue-word
 * groups of {@code model-adds}). The system properties {@code newsextract.cues.<lang>} and
 * {@code newsextract.cueGroups} override the file to try a variant. Unknown keys and values are an error.
 *
 * @param adds the groups of {@code cue-words.tsv} whose words the model may add as cues in {@code rules+model}
 */
record CueSettings(Mode mode, Set<String> adds) {

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
    private static final Set<String> KEYS = Set.of("cues", "model-adds");

    CueSettings {
        adds = Set.copyOf(adds);
    }

    /** The settings of {@code language}; {@code rules} when the language has no file. */
    static CueSettings load(String language) {
        return parse(language, LanguageData.optionalLines(language, FILE).orElse(List.of()));
    }

    static CueSettings parse(String language, List<String> lines) {
        String mode = "rules";
        String adds = "";
        for (String line : lines) {
            int eq = line.indexOf('=');
            String key = eq < 0 ? line : line.substring(0, eq).strip();
            if (eq < 0 || !KEYS.contains(key)) {
                throw new PipelineException("models/" + language + "/" + FILE + ": unknown line '" + line
                        + "', known keys: " + new TreeSet<>(KEYS));
            }
            String value = line.substring(eq + 1).strip();
            if (key.equals("cues")) {
                mode = value;
            } else {
                adds = value;
            }
        }
        mode = System.getProperty("newsextract.cues." + language, mode);
        adds = System.getProperty("newsextract.cueGroups", adds);
        Set<String> groups = new TreeSet<>();
        for (String g : adds.split(",")) {
            if (!g.isBlank()) {
                groups.add(g.strip());
            }
        }
        return new CueSettings(Mode.of(mode), groups);
    }

    /** Whether the learned cue model takes part. */
    boolean usesModel() {
        return mode != Mode.RULES;
    }
}
