package io.newsextract.lexicon;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Countries of one language, from {@code models/<lang>/countries.tsv}: the names the text uses ("Corea del Sud",
 * "U.S.") and the nationality adjectives ("italiano", "South Korean"), each mapped to one canonical English name.
 */
public final class Countries {

    private final Map<String, String> byName = new HashMap<>();
    private final Map<String, String> byAdjective = new HashMap<>();

    private Countries() {
    }

    static Countries load(DataFolder data, String language) {
        Countries c = new Countries();
        for (String[] row : data.table(language, "countries.tsv", 2)) {
            String canonical = row[0];
            for (String name : row[1].split(",")) {
                c.byName.put(key(name), canonical);
            }
            c.byName.put(key(canonical), canonical);
            if (row.length > 2) {
                for (String adj : row[2].split(",")) {
                    c.byAdjective.put(key(adj), canonical);
                }
            }
        }
        return c;
    }

    /** The canonical country a name in the text stands for ("Corea del Sud" → "South Korea"). */
    public Optional<String> byName(String name) {
        return Optional.ofNullable(byName.get(key(name)));
    }

    /** The canonical country of a nationality adjective ("italiana" → "Italy"). */
    public Optional<String> byAdjective(String adjective) {
        return Optional.ofNullable(byAdjective.get(key(adjective)));
    }

    private static String key(String s) {
        return s.strip().toLowerCase(Locale.ROOT);
    }
}
