package io.newsextract.lexicon;

import io.newsextract.api.PipelineException;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The entity models' labels and the coarse types records use, from the language-neutral {@code models/ner-labels.tsv}:
 * {@code B-PER} and {@code PERSON} are both PERSON, {@code GPE} a LOCATION.
 */
public final class EntityLabels {

    static final String FILE = "ner-labels.tsv";
    private static final Set<String> TYPES = Set.of("PERSON", "ORGANIZATION", "LOCATION", "MISC");

    private final Map<String, String> coarse = new HashMap<>();

    private EntityLabels() {
    }

    static EntityLabels load(DataFolder data) {
        EntityLabels labels = new EntityLabels();
        for (String[] row : data.table(null, FILE, 2)) {
            if (!TYPES.contains(row[1])) {
                throw new PipelineException(DataFolder.name(null, FILE) + ": unknown type '" + row[1] + "' for "
                        + row[0] + ", known: " + TYPES);
            }
            labels.coarse.put(row[0], row[1]);
        }
        return labels;
    }

    /** A label's coarse type ("B-PER" → PERSON), null for "O", null and unknown labels. */
    public String coarse(String label) {
        return label == null ? null : coarse.get(entityType(label));
    }

    /**
     * A token's NER label without its position prefix: {@code "B-PER"} → {@code "PER"}, {@code "PERSON"} and
     * {@code "O"} as they are.
     */
    public static String entityType(String label) {
        return label.length() > 2 && label.charAt(1) == '-' && "BIES".indexOf(label.charAt(0)) >= 0
                ? label.substring(2) : label;
    }
}
