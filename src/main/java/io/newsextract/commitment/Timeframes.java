package io.newsextract.commitment;

import io.newsextract.api.PipelineException;
import io.newsextract.api.Pledge;
import io.newsextract.lexicon.LanguageData;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Time expressions of a pledge, from {@code models/<lang>/timeframes.tsv}: {@code kind <TAB> regex} lines, tried in
 * file order, and {@code number <TAB> word <TAB> value} lines for spelled-out numbers. Kinds and their years:
 * <ul>
 *   <li>{@code range} — groups a and b ("2026-30" gives 2026..2030);</li>
 *   <li>{@code until} — group b, from the year of publication ("by 2030", "entro il 2030");</li>
 *   <li>{@code year} — group a alone ("in 2027");</li>
 *   <li>{@code relative:A:B} — publication year + A .. + B ("this year" is relative:0:0);</li>
 *   <li>{@code within} — group n years from publication ("over the next four years").</li>
 * </ul>
 * Years relative to publication stay null when the article has no date.
 */
final class Timeframes {

    private record Entry(String kind, int fromOffset, int toOffset, Pattern regex) {
    }

    private final List<Entry> entries = new ArrayList<>();
    private final Map<String, Integer> numbers = new HashMap<>();

    private Timeframes() {
    }

    static Timeframes load(String language) {
        Timeframes t = new Timeframes();
        if (!LanguageData.exists(language, "timeframes.tsv")) {
            return t;
        }
        for (String[] row : LanguageData.table(language, "timeframes.tsv", 2)) {
            if (row[0].equals("number")) {
                t.numbers.put(row[1].toLowerCase(Locale.ROOT), Integer.parseInt(row[2]));
                continue;
            }
            String[] kind = row[0].split(":");
            if (!List.of("range", "until", "year", "relative", "within").contains(kind[0])
                    || (kind[0].equals("relative") != (kind.length == 3))) {
                throw new PipelineException("models/" + language + "/timeframes.tsv: bad kind '" + row[0] + "'");
            }
            int a = kind.length == 3 ? Integer.parseInt(kind[1]) : 0;
            int b = kind.length == 3 ? Integer.parseInt(kind[2]) : 0;
            t.entries.add(new Entry(kind[0], a, b, Pattern.compile(row[1],
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS)));
        }
        return t;
    }

    /** The first time expression in text[from, to); {@code published} is the article's year or null. */
    Optional<Pledge.Timeframe> find(String text, int from, int to, Integer published) {
        for (Entry e : entries) {
            Matcher m = e.regex().matcher(text).region(from, to);
            while (m.find()) {
                Optional<Pledge.Timeframe> tf = years(e, m, published);
                if (tf.isPresent()) {
                    return tf;
                }
            }
        }
        return Optional.empty();
    }

    private Optional<Pledge.Timeframe> years(Entry e, Matcher m, Integer published) {
        String text = m.group();
        Integer a = null;
        Integer b = null;
        switch (e.kind()) {
            case "range" -> {
                a = Integer.parseInt(m.group("a"));
                int raw = Integer.parseInt(m.group("b"));
                b = raw < 100 ? a / 100 * 100 + raw : raw;
                if (b < a || b - a > 50) {
                    return Optional.empty();
                }
            }
            case "until" -> {
                b = Integer.parseInt(m.group("b"));
                a = published;
            }
            case "year" -> {
                a = Integer.parseInt(m.group("a"));
                b = a;
            }
            case "relative" -> {
                a = published == null ? null : published + e.fromOffset();
                b = published == null ? null : published + e.toOffset();
            }
            case "within" -> {
                Integer n = number(m.group("n"));
                if (n == null) {
                    return Optional.empty();
                }
                a = published;
                b = published == null ? null : published + n;
            }
            default -> throw new IllegalStateException(e.kind());
        }
        return Optional.of(new Pledge.Timeframe(text, m.start(), m.end(), a, b));
    }

    private Integer number(String word) {
        if (!word.isEmpty() && word.length() <= 2 && word.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Integer.parseInt(word);
        }
        return numbers.get(word.toLowerCase(Locale.ROOT));
    }
}
