package io.newsextract.eval;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the reference scorer compares names and entity texts: a speaker is right when the predicted and a gold name
 * share a name token (titles ignored); a gold speaker is scored only when it is a name; entity types are coarsened.
 * These word sets are the scorer's own, copied from {@code shared/tools/score.py} so the figures agree.
 */
final class Names {

    private static final Set<String> TITLES = Set.of("president", "presidente", "prime", "minister", "ministro",
            "primo", "mr", "mrs", "ms", "dr", "sen", "senator", "rep", "the", "il", "la", "of", "del", "della", "di",
            "de", "chancellor", "premier", "secretary", "gov", "governor", "king", "queen");
    private static final Set<String> NOT_NAMES = Set.of("the", "una", "uno", "gli", "le", "lo");
    private static final Pattern NON_WORD = Pattern.compile("[^\\w\\s-]", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern NAME_SPLIT = Pattern.compile("[\\s-]+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern WORDS = Pattern.compile("[\\w'’.-]+", Pattern.UNICODE_CHARACTER_CLASS);

    private Names() {
    }

    static String norm(String s) {
        String n = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return NON_WORD.matcher(n).replaceAll(" ");
    }

    static Set<String> nameTokens(String s) {
        Set<String> out = new HashSet<>();
        for (String t : NAME_SPLIT.split(norm(s))) {
            if (t.codePointCount(0, t.length()) >= 3 && !TITLES.contains(t)) {
                out.add(t);
            }
        }
        return out;
    }

    static boolean samePerson(String pred, List<String> golds) {
        if (pred == null || pred.isEmpty()) {
            return false;
        }
        Set<String> p = nameTokens(pred);
        for (String g : golds) {
            Set<String> shared = new HashSet<>(p);
            shared.retainAll(nameTokens(g));
            if (!shared.isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** True when a gold speaker is a name: a capitalised word of 3+ letters that is no title or article. */
    static boolean isNamed(String s) {
        Matcher m = WORDS.matcher(s == null ? "" : s);
        while (m.find()) {
            String w = m.group();
            String bare = strip(w, '.');
            String lower = strip(w.toLowerCase(Locale.ROOT), '.');
            if (Character.isUpperCase(w.codePointAt(0)) && bare.codePointCount(0, bare.length()) >= 3
                    && !TITLES.contains(lower) && !NOT_NAMES.contains(lower)) {
                return true;
            }
        }
        return false;
    }

    private static String strip(String s, char c) {
        int a = 0;
        int b = s.length();
        while (a < b && s.charAt(a) == c) {
            a++;
        }
        while (b > a && s.charAt(b - 1) == c) {
            b--;
        }
        return s.substring(a, b);
    }

    static String coarse(String type) {
        String t = type == null ? "" : type.toUpperCase(Locale.ROOT);
        return switch (t) {
            case "PER" -> "PERSON";
            case "ORG" -> "ORGANIZATION";
            case "LOC", "GPE", "COUNTRY", "CITY", "STATE_OR_PROVINCE" -> "LOCATION";
            default -> t;
        };
    }
}
