package io.newsextract.ner;

import io.newsextract.api.Token;
import io.newsextract.lexicon.NameLexicon;
import io.newsextract.lexicon.PosClasses;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static io.newsextract.ner.NameTokens.all;
import static io.newsextract.ner.NameTokens.isCapitalised;
import static io.newsextract.ner.NameTokens.isNumeral;
import static io.newsextract.ner.NameTokens.isUntagged;
import static io.newsextract.ner.NameTokens.lower;

/**
 * Repairs of one tagged run's extent and type that hold for news in general: a name does not open with lower-case
 * words ("la Regione Piemonte", "provincia di Cuneo") nor end with a day ("… dei ministri giovedì") or a lower-case
 * tail ("… in consiglio regionale"); an organisation goes on over "for/of" + capitalised words ("Japan Bank for
 * International Cooperation") and an Italian head's adjective ("Consiglio permanente"); a person's full name glued
 * to an organisation is a person ("Movimento 5 Stelle Valentina Russo"); a name opened by an organisation noun is an
 * organisation ("Regione Piemonte", "Unione europea"); one opened by a place noun is a place ("Palazzo Chigi",
 * "via XX Settembre", "Port of Hastings").
 */
final class RunRepairs {

    private final PosClasses classes;
    private final Set<String> tailPrepositions;
    private final Set<String> orgHeads;
    private final Set<String> connectors;
    private final Set<String> dayWords;
    private final Set<String> placeHeads;
    private final Set<String> givenNames;
    private final Set<String> titleWords;

    RunRepairs(NameLexicon names, PosClasses classes) {
        this.classes = classes;
        tailPrepositions = names.tailPrepositions();
        orgHeads = names.orgHeads();
        connectors = names.connectors();
        dayWords = names.dayWords();
        placeHeads = names.placeHeads();
        givenNames = names.givenNames();
        titleWords = names.titleWords();
    }

    /** The run's extent and type repaired; null when nothing of a name is left. */
    Run repair(List<Token> tokens, Run r, RepairTrace trace) {
        r = trace.changed(Repair.TRIM_LOWERCASE_START, r, trimLowercaseStart(tokens, r));
        if (r == null) {
            return null;
        }
        r = trace.changed(Repair.TRIM_DAY_WORDS, r, trimDayWords(tokens, r));
        r = trace.changed(Repair.CUT_LOWERCASE_TAIL, r, cutLowercaseTail(tokens, r));
        r = trace.changed(Repair.EXTEND_OVER_PREPOSITION, r, extendOverPreposition(tokens, r));
        r = trace.changed(Repair.EXTEND_OVER_ADJECTIVE, r, extendOverAdjective(tokens, r));
        return trace.changed(Repair.HEAD_FIRST_ORGANISATION, r, headFirstOrganisation(tokens, r));
    }

    /** "Movimento 5 Stelle Valentina Russo": the organisation, then the person whose given name follows it. */
    List<Run> splitOrganisationPerson(List<Token> tokens, Run r) {
        if (r.type().equals("ORGANIZATION")) {
            for (int k = r.from() + 1; k + 1 < r.to(); k++) {
                if (givenNames.contains(tokens.get(k).word()) && all(tokens, k, r.to(), true)) {
                    return List.of(new Run(r.from(), k, r.type()), new Run(k, r.to(), "PERSON"));
                }
            }
        }
        return List.of(r);
    }

    /** "Energy Secretary Helen Marsh": a lone word before a title names a portfolio, not an organisation. */
    boolean isPortfolio(List<Token> tokens, Run r) {
        return r.to() - r.from() == 1 && r.to() < tokens.size() && !r.type().equals("PERSON")
                && titleWords.contains(tokens.get(r.to()).word());
    }

    /**
     * Places opened by a place noun, tagged or not: the place noun, optional connectors and the capitalised words
     * after them ("via XX Settembre", "Palazzo Chigi" tagged an organisation, "Port of Hastings" with "Hastings"
     * tagged a person). Runs inside are replaced.
     */
    List<Run> placesByHead(List<Token> tokens, List<Run> runs, RepairTrace trace) {
        List<Run> out = new ArrayList<>(runs);
        for (int i = 0; i < tokens.size(); i++) {
            if (!placeHeads.contains(tokens.get(i).word())) {
                continue;
            }
            int j = i + 1;
            while (j < tokens.size() && connectors.contains(lower(tokens.get(j)))) {
                j++;
            }
            int end = j;
            while (end < tokens.size() && (isCapitalised(tokens.get(end)) || isNumeral(tokens.get(end)))) {
                end++;
            }
            if (end == j || !isCapitalised(tokens.get(end - 1))) {
                continue;
            }
            Run place = new Run(i, end, "LOCATION");
            boolean crosses = out.stream().anyMatch(r -> r.from() < place.from() && r.to() > place.from()
                    || r.from() < place.to() && r.to() > place.to());
            if (!crosses) {
                List<Run> inside = out.stream().filter(r -> r.from() >= place.from() && r.to() <= place.to()).toList();
                out.removeAll(inside);
                out.add(place);
                trace.replaced(Repair.PLACE_BY_HEAD, inside, place);
                i = end - 1;
            }
        }
        out.sort((a, b) -> Integer.compare(a.from(), b.from()));
        return out;
    }

    /** "la Regione Piemonte", "provincia di Cuneo": lower-case words before a place or organisation are no name. */
    private Run trimLowercaseStart(List<Token> tokens, Run r) {
        Token first = tokens.get(r.from());
        boolean articleBeforeHead = classes.is("determiner", first.pos(), null) && r.to() - r.from() > 1
                && orgHeads.contains(tokens.get(r.from() + 1).word());   // "La Regione Piemonte", not "Le Monde"
        if (r.type().equals("PERSON") || isNumeral(first) || isCapitalised(first) && !articleBeforeHead) {
            return r;
        }
        boolean namedBody = orgHeads.contains(capitalise(first.word()));   // "ministero dell'Economia"
        for (int i = r.from() + 1; i < r.to(); i++) {
            if (isCapitalised(tokens.get(i))) {
                return namedBody && !articleBeforeHead ? r : new Run(i, r.to(), r.type());
            }
        }
        return null;
    }

    private static String capitalise(String w) {
        return w.isEmpty() ? w : w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1);
    }

    private Run trimDayWords(List<Token> tokens, Run r) {
        int to = r.to();
        while (to - 1 > r.from() && dayWords.contains(lower(tokens.get(to - 1)))) {
            to--;
        }
        return to == r.to() ? r : new Run(r.from(), to, r.type());
    }

    /** "Partito democratico in consiglio regionale": a preposition followed by lower-case words only ends the name. */
    private Run cutLowercaseTail(List<Token> tokens, Run r) {
        for (int i = r.from() + 1; i < r.to(); i++) {
            if (tailPrepositions.contains(tokens.get(i).word()) && i + 1 < r.to()
                    && all(tokens, i + 1, r.to(), false)) {
                return new Run(r.from(), i, r.type());
            }
        }
        return r;
    }

    /** "Japan Bank" + "for International Cooperation": an organisation noun's of/for complement is part of it. */
    private Run extendOverPreposition(List<Token> tokens, Run r) {
        int to = r.to();
        if (!r.type().equals("ORGANIZATION") || !orgHeads.contains(tokens.get(to - 1).word())
                || to + 1 >= tokens.size() || !connectors.contains(lower(tokens.get(to)))) {
            return r;
        }
        int j = to + 1;
        while (j < tokens.size() && isCapitalised(tokens.get(j)) && isUntagged(tokens.get(j))) {
            j++;
        }
        return j > to + 1 ? new Run(r.from(), j, r.type()) : r;
    }

    /** "Consiglio permanente", "Ufficio parlamentare": an adjective after an organisation noun belongs to the name. */
    private Run extendOverAdjective(List<Token> tokens, Run r) {
        int to = r.to();
        if (!r.type().equals("ORGANIZATION") || !orgHeads.contains(tokens.get(to - 1).word())) {
            return r;
        }
        while (to < tokens.size() && classes.is("postnominal-adjective", tokens.get(to).pos(), null) && !isCapitalised(tokens.get(to))
                && isUntagged(tokens.get(to))) {
            to++;
        }
        return new Run(r.from(), to, r.type());
    }

    /** "Regione Piemonte" tagged a place, "Unione europea": a name opened by an organisation noun is one. */
    private Run headFirstOrganisation(List<Token> tokens, Run r) {
        boolean opensWithHead = r.to() - r.from() > 1 && orgHeads.contains(tokens.get(r.from()).word());
        return opensWithHead && r.type().equals("LOCATION") ? r.withType("ORGANIZATION") : r;
    }
}
