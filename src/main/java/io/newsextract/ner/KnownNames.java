package io.newsextract.ner;

import io.newsextract.api.Token;
import io.newsextract.lexicon.NameLexicon;
import io.newsextract.lexicon.NameLexicon.KnownName;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Well-known institutions whose type in news is not in doubt ({@code models/<lang>/known-names.tsv}: "Istat" an
 * organisation, "Palazzo Chigi" a place), and lone words that are no entity when capitalised alone
 * ({@code models/<lang>/generic-names.txt}: "Governo"). A known name found in a sentence, exactly or in capitals,
 * replaces the tagger's runs inside it and fixes their type; a run that holds more than the known name is left alone.
 */
final class KnownNames {

    private final Map<String, List<KnownName>> byPrefix = new HashMap<>();
    private final Set<String> generic;

    KnownNames(NameLexicon names) {
        for (KnownName n : names.knownNames()) {
            byPrefix.computeIfAbsent(prefix(n.text()), k -> new ArrayList<>()).add(n);
        }
        generic = names.genericNames();
    }

    /** Whether a run is a lone generic word ("Governo", "Pil") rather than a name. */
    boolean isGeneric(List<Token> tokens, Run r) {
        return r.to() - r.from() == 1 && generic.contains(tokens.get(r.from()).word());
    }

    /** The runs with every known name in the sentence put in place of the runs it covers. */
    List<Run> apply(List<Token> tokens, List<Run> runs, String text, RepairTrace trace) {
        List<Run> out = new ArrayList<>(runs);
        int i = 0;
        while (i < tokens.size()) {
            Run known = withBranch(match(tokens, i, text), out);
            if (known == null || !replace(out, known, trace)) {
                i++;
            } else {
                i = known.to();
            }
        }
        out.sort((a, b) -> Integer.compare(a.from(), b.from()));
        return out;
    }

    /** "Confartigianato Piemonte", "Cgil Lombardia": a known organisation's regional branch is one name. */
    private static Run withBranch(Run known, List<Run> runs) {
        if (known == null || !known.type().equals("ORGANIZATION")) {
            return known;
        }
        for (Run r : runs) {
            if (r.from() == known.to() && r.to() == r.from() + 1 && r.type().equals("LOCATION")) {
                return new Run(known.from(), r.to(), known.type());
            }
        }
        return known;
    }

    private static boolean replace(List<Run> runs, Run known, RepairTrace trace) {
        for (Run r : runs) {
            boolean overlaps = r.from() < known.to() && known.from() < r.to();
            boolean inside = r.from() >= known.from() && r.to() <= known.to();
            if (overlaps && !inside) {
                return false;
            }
        }
        List<Run> inside = runs.stream().filter(r -> r.from() >= known.from() && r.to() <= known.to()).toList();
        runs.removeAll(inside);
        runs.add(known);
        trace.replaced(Repair.KNOWN_NAME, inside, known);
        return true;
    }

    /** The longest known name starting at token {@code i} and ending at a token's end (or before its final stop). */
    private Run match(List<Token> tokens, int i, String text) {
        int start = tokens.get(i).start();
        String word = tokens.get(i).word();
        List<KnownName> candidates = word.isEmpty() ? null : byPrefix.get(prefix(word));
        Run best = null;
        int bestLength = 0;
        for (KnownName n : candidates == null ? List.<KnownName>of() : candidates) {
            int length = n.text().length();
            if (length <= bestLength || start + length > text.length()) {
                continue;
            }
            String found = text.substring(start, start + length);
            if (!found.equals(n.text()) && !found.equals(n.text().toUpperCase(Locale.ROOT))) {
                continue;
            }
            int to = endToken(tokens, i, start + length, text);
            if (to > 0 && !continuesName(tokens, i - 1) && !continuesName(tokens, to)) {
                best = new Run(i, to, n.type());
                bestLength = length;
            }
        }
        return best;
    }

    /** "Lega Navale": a capitalised untagged word next to a known name makes it part of a longer one. */
    private static boolean continuesName(List<Token> tokens, int k) {
        if (k < 0 || k >= tokens.size() || k == 0) {
            return false;   // the first word of a sentence is capitalised anyway
        }
        Token t = tokens.get(k);
        return !t.word().isEmpty() && Character.isUpperCase(t.word().codePointAt(0))
                && (t.ner() == null || t.ner().equals("O"));
    }

    /** The index after the token where a name ending at {@code end} ends, or -1 when it ends inside a word. */
    private static int endToken(List<Token> tokens, int i, int end, String text) {
        for (int j = i; j < tokens.size() && tokens.get(j).start() < end; j++) {
            Token t = tokens.get(j);
            if (t.end() == end) {
                return j + 1;
            }
            if (t.end() > end) {
                boolean trailingStop = text.substring(end, t.end()).equals(".");   // "la Cisl." kept whole
                return trailingStop ? j + 1 : -1;
            }
        }
        return -1;
    }

    private static String prefix(String word) {
        return word.substring(0, Math.min(2, word.length())).toLowerCase(Locale.ROOT);
    }
}
