package io.newsextract.commitment;

import io.newsextract.api.PipelineException;
import io.newsextract.api.Pledge;
import io.newsextract.lexicon.DataFolder;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;

/**
 * Money a pledge commits, from {@code models/<lang>/amounts.tsv}. Rows, by their first column:
 * <ul>
 *   <li>{@code decimal <TAB> c} and {@code thousands <TAB> c}: the separators of a number ("1,500.5" / "1.500,5");</li>
 *   <li>{@code symbol <TAB> $ <TAB> USD}: a sign written before the number; {@code word <TAB> euro <TAB> EUR}: a
 *       currency named after it — both give an ISO 4217 code;</li>
 *   <li>{@code scale <TAB> miliardi <TAB> 1000000000}: a word that multiplies the number;</li>
 *   <li>{@code numeral <TAB> cento <TAB> 100}: a number written as a word ("cento miliardi di dollari"); it stands
 *       wherever a number in digits does;</li>
 *   <li>{@code default <TAB> EUR}: the currency of a pattern that names none ("1,5 miliardi");</li>
 *   <li>{@code pattern <TAB> name <TAB> template}: a Java regex (case-insensitive) where {@code {number}},
 *       {@code {scale}}, {@code {symbol}} and {@code {word}} stand for the lists above.</li>
 * </ul>
 * The amount found is the leftmost match of any pattern, the first pattern in file order at the same place.
 */
final class Amounts {

    static final String FILE = "amounts.tsv";

    private record Entry(String name, Pattern regex) {
    }

    private final List<Entry> patterns = new ArrayList<>();
    private final Map<String, String> currencies = new HashMap<>();
    private final Map<String, BigDecimal> scales = new HashMap<>();
    private final Map<String, BigDecimal> numerals = new HashMap<>();
    private String decimal;
    private String thousands;
    private String fallback;

    private Amounts() {
    }

    /** The amounts of {@code language} in the project's data, none when it has no amounts file. */
    static Amounts load(String language) {
        return load(DataFolder.MODELS, language);
    }

    static Amounts load(DataFolder data, String language) {
        Amounts a = new Amounts();
        if (!data.exists(language, FILE)) {
            return a;
        }
        List<String[]> rows = data.table(language, FILE, 2);
        Map<String, String> symbols = new HashMap<>();
        Map<String, String> words = new HashMap<>();
        List<String[]> templates = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            String[] r = rows.get(i);
            int row = i + 1;
            Runnable bad = () -> {
                throw new PipelineException(DataFolder.name(language, FILE) + ": row " + row + " '"
                        + String.join(" <TAB> ", r) + "': expected " + expected(r[0]));
            };
            switch (r[0]) {
                case "decimal", "thousands", "default" -> {
                    if (r.length != 2 || (r[0].equals("default") ? !iso(r[1]) : r[1].length() != 1)) {
                        bad.run();
                    }
                    switch (r[0]) {
                        case "decimal" -> a.decimal = r[1];
                        case "thousands" -> a.thousands = r[1];
                        default -> a.fallback = r[1];
                    }
                }
                case "symbol", "word" -> {
                    if (r.length != 3 || !iso(r[2])) {
                        bad.run();
                    }
                    (r[0].equals("symbol") ? symbols : words).put(r[1].toLowerCase(Locale.ROOT), r[2]);
                }
                case "scale", "numeral" -> {
                    if (r.length != 3 || !r[2].matches(r[0].equals("scale") ? "[1-9][0-9]*" : "[0-9]+(?:\\.[0-9]+)?")) {
                        bad.run();
                    }
                    (r[0].equals("scale") ? a.scales : a.numerals).put(r[1].toLowerCase(Locale.ROOT), new BigDecimal(r[2]));
                }
                case "pattern" -> {
                    if (r.length != 3 || !r[2].contains("{number}")) {
                        bad.run();
                    }
                    templates.add(r);
                }
                default -> bad.run();
            }
        }
        a.compile(language, templates, symbols, words);
        return a;
    }

    private static String expected(String kind) {
        return switch (kind) {
            case "decimal", "thousands" -> kind + " <TAB> one character";
            case "default" -> "default <TAB> ISO 4217 code";
            case "symbol", "word" -> kind + " <TAB> text <TAB> ISO 4217 code";
            case "scale" -> "scale <TAB> word <TAB> positive whole multiplier";
            case "numeral" -> "numeral <TAB> word <TAB> its value in digits";
            case "pattern" -> "pattern <TAB> name <TAB> regex with {number}";
            default -> "a row kind of decimal, thousands, symbol, word, scale, numeral, default, pattern";
        };
    }

    private static boolean iso(String code) {
        return code.matches("[A-Z]{3}");
    }

    private void compile(String language, List<String[]> templates, Map<String, String> symbols,
                         Map<String, String> words) {
        String file = DataFolder.name(language, FILE);
        if (!templates.isEmpty() && (decimal == null || thousands == null || decimal.equals(thousands))) {
            throw new PipelineException(file + ": needs one 'decimal' and one different 'thousands' separator");
        }
        currencies.putAll(symbols);
        currencies.putAll(words);
        String d = Pattern.quote(decimal == null ? "." : decimal);
        String t = Pattern.quote(thousands == null ? "," : thousands);
        // last: a thousands separator before one or two digits is the other language's decimal point ("7.4 milioni")
        String number = "(?:(?<![\\d" + d + t + "])(?<num>\\d{1,3}(?:" + t + "\\d{3})+(?:" + d + "\\d+)?|\\d+(?:" + d
                + "\\d+)?|(?<foreign>\\d+" + t + "\\d{1,2}))(?![\\d])"
                + (numerals.isEmpty() ? "" : "|\\b(?<spelled>" + alternation(numerals.keySet()) + ")\\b") + ")";
        for (String[] r : templates) {
            boolean named = r[2].contains("{symbol}") || r[2].contains("{word}");
            if (!named && fallback == null) {
                throw new PipelineException(file + ": pattern '" + r[1] + "' names no currency and there is no 'default'");
            }
            String regex = r[2].replace("{number}", number)
                    .replace("{scale}", "(?<scale>" + alternation(scales.keySet()) + ")")
                    .replace("{symbol}", "(?<cur>" + alternation(symbols.keySet()) + ")")
                    .replace("{word}", "(?<cur>" + alternation(words.keySet()) + ")");
            try {
                patterns.add(new Entry(r[1], Pattern.compile(regex,
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS)));
            } catch (PatternSyntaxException e) {
                throw new PipelineException(file + ": pattern '" + r[1] + "' is not a valid regex: " + e.getMessage());
            }
        }
    }

    /** The words as a regex alternation, longest first so that "US$" wins over "$" and "milioni" over "mila". */
    private static String alternation(Set<String> words) {
        if (words.isEmpty()) {
            return "(?!)";
        }
        return words.stream().sorted(Comparator.comparingInt(String::length).reversed().thenComparing(w -> w))
                .map(Pattern::quote).collect(Collectors.joining("|"));
    }

    /** The leftmost amount in text[from, to); at the same place the first pattern of the file. */
    Optional<Pledge.Amount> find(String text, int from, int to) {
        Matcher best = null;
        for (Entry e : patterns) {
            Matcher m = e.regex().matcher(text).region(from, to);
            if (m.find() && (best == null || m.start() < best.start())) {
                best = m;
            }
        }
        return Optional.ofNullable(best).map(m -> amount(text, m));
    }

    private Pledge.Amount amount(String text, Matcher m) {
        String num = m.group("num");
        String spelled = group(m, "spelled");
        BigDecimal value = num == null ? numerals.get(spelled.toLowerCase(Locale.ROOT))
                : new BigDecimal(m.group("foreign") != null ? num.replace(thousands, ".")
                : num.replace(thousands, "").replace(decimal, "."));
        String scale = group(m, "scale");
        if (scale != null) {
            value = value.multiply(scales.get(scale.toLowerCase(Locale.ROOT)));
        }
        value = value.stripTrailingZeros();
        if (value.scale() < 0) {
            value = value.setScale(0);
        }
        String cur = group(m, "cur");
        String code = cur == null ? fallback : currencies.get(cur.toLowerCase(Locale.ROOT));
        return new Pledge.Amount(text.substring(m.start(), m.end()), m.start(), m.end(), value, code);
    }

    private static String group(Matcher m, String name) {
        return m.pattern().pattern().contains("(?<" + name + ">") ? m.group(name) : null;
    }
}
