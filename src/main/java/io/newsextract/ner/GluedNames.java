package io.newsextract.ner;

import io.newsextract.api.Token;
import io.newsextract.lexicon.EntityLabels;
import io.newsextract.lexicon.NameLexicon;
import io.newsextract.lexicon.PosClasses;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

import static io.newsextract.ner.NameTokens.hasLetterOrDigit;
import static io.newsextract.ner.NameTokens.isCapitalised;
import static io.newsextract.ner.NameTokens.isUntagged;
import static io.newsextract.ner.NameTokens.lower;

/**
 * Repairs of where one name ends and the next begins: names glued by hyphens are joined ("Emilia-Romagna",
 * "Jean-Philippe Moreau"), an organisation goes on over a coordination of capitalised words ("Alleanza Verdi e
 * Sinistra"), and names glued by possessives are cut ("X Association and Italy ’s Y Association").
 */
final class GluedNames {

    private final Set<String> possessives;
    private final Set<String> hyphens;
    private final Set<String> conjunctions;
    private final Set<String> connectors;
    private final List<String> pluralOwnerEndings;
    private final PosClasses classes;
    private final Predicate<String> isCountry;
    private final EntityLabels labels;

    GluedNames(NameLexicon names, PosClasses classes, EntityLabels labels, Predicate<String> isCountry) {
        this.labels = labels;
        possessives = names.possessives();
        hyphens = names.hyphens();
        conjunctions = names.conjunctions();
        connectors = names.connectors();
        pluralOwnerEndings = names.pluralOwnerEndings();
        this.classes = classes;
        this.isCountry = isCountry;
    }

    Set<String> possessives() {
        return possessives;
    }

    boolean isHyphen(String word) {
        return hyphens.contains(word);
    }

    /**
     * "Emilia-Romagna" tagged as two places, "Jean-Philippe Moreau" with only "Philippe Moreau" tagged: a run and the
     * capitalised word glued to it by a hyphen are one name.
     */
    List<Run> joinAcrossHyphens(List<Token> tokens, List<Run> runs, RepairTrace trace) {
        List<Run> out = new ArrayList<>();
        for (Run r : runs) {
            int from = r.from();
            while (from >= 2 && glued(tokens, from - 1) && isCapitalised(tokens.get(from - 2))
                    && isUntagged(tokens.get(from - 2))) {
                from -= 2;
            }
            if (from >= 1 && gluedPrefix(tokens.get(from - 1), tokens.get(from))) {
                from--;   // the tokenizer keeps "Jean-" as one word
            }
            Run last = out.isEmpty() ? null : out.get(out.size() - 1);
            boolean sameName = last != null && (last.type().equals(r.type()) || r.type().equals("ORGANIZATION"));
            if (sameName && last.to() + 1 == from && glued(tokens, last.to())) {
                // "Japan-Australia Business Cooperation Committee": a place glued to an organisation opens its name
                out.set(out.size() - 1, trace.changed(Repair.JOIN_ACROSS_HYPHENS, last,
                        new Run(last.from(), r.to(), r.type())));
            } else {
                out.add(trace.changed(Repair.JOIN_ACROSS_HYPHENS, r, new Run(from, r.to(), r.type())));
            }
        }
        return out;
    }

    /** "Indo-Pacifico": untagged capitalised words glued to the run's end by hyphens belong to it. */
    Run joinHyphenated(List<Token> tokens, Run r) {
        int to = r.to();
        while (to + 1 < tokens.size() && hyphens.contains(tokens.get(to).word())
                && tokens.get(to).start() == tokens.get(to - 1).end()
                && tokens.get(to + 1).start() == tokens.get(to).end()
                && isCapitalised(tokens.get(to + 1)) && isUntagged(tokens.get(to + 1))) {
            to += 2;
        }
        return new Run(r.from(), to, r.type());
    }

    /** "Jean-" right before "Philippe": a capitalised word ending in a hyphen, glued to the next, untagged. */
    private boolean gluedPrefix(Token prefix, Token next) {
        String w = prefix.word();
        return w.length() > 1 && hyphens.contains(w.substring(w.length() - 1)) && prefix.end() == next.start()
                && isCapitalised(prefix) && isUntagged(prefix);
    }

    /** Token {@code i} is a hyphen with no space on either side. */
    private boolean glued(List<Token> tokens, int i) {
        return i > 0 && i + 1 < tokens.size() && hyphens.contains(tokens.get(i).word())
                && tokens.get(i).start() == tokens.get(i - 1).end() && tokens.get(i + 1).start() == tokens.get(i).end();
    }

    /**
     * "Alleanza Verdi e Sinistra", "Department for Energy Security and Net Zero": a name of two or more words goes on
     * over a coordination of capitalised words, untagged or (after an of/for complement) tagged a person by mistake.
     * A one-word name does not: "Google and TikTok" are two.
     */
    Run extendOverCoordination(List<Token> tokens, Run r) {
        if (!r.type().equals("ORGANIZATION") || r.to() - r.from() < 2 || r.to() >= tokens.size()
                || !conjunctions.contains(lower(tokens.get(r.to())))) {
            return r;
        }
        boolean complement = false;
        for (int i = r.from() + 1; i < r.to(); i++) {
            complement |= connectors.contains(lower(tokens.get(i))) && !isCapitalised(tokens.get(i));
        }
        int j = r.to() + 1;
        while (j < tokens.size() && isCapitalised(tokens.get(j))
                && (isUntagged(tokens.get(j)) || complement && isMistakenPerson(tokens, j))) {
            j++;
        }
        boolean endsName = j == tokens.size() || !isCapitalised(tokens.get(j)) || !isUntagged(tokens.get(j));
        return j > r.to() + 1 && endsName ? new Run(r.from(), j, r.type()) : r;
    }

    private boolean isMistakenPerson(List<Token> tokens, int i) {
        return "PERSON".equals(labels.coarse(tokens.get(i).ner()));
    }

    /** "X Association and Italy ’s Y Association": the owner and the owned are two names, the owner a third. */
    List<Run> splitGlued(List<Token> tokens, Run run) {
        List<Run> out = new ArrayList<>();
        int from = run.from();
        for (int i = run.from(); i < run.to(); i++) {
            if (possessives.contains(tokens.get(i).word()) && i > from && !isPluralOwner(tokens, from, i)) {
                int conj = lastConjunction(tokens, from, i);
                if (conj >= 0) {
                    addTrimmed(new Run(from, conj, run.type()), tokens, out);
                    from = conj + 1;
                }
                addTrimmed(new Run(from, i, run.type()), tokens, out);
                from = i + 1;
            }
        }
        addTrimmed(new Run(from, run.to(), run.type()), tokens, out);
        return out;
    }

    /** "Children's Digital Health Project", "Scottish Fishermen's Federation": a plural owner is inside the name. */
    private boolean isPluralOwner(List<Token> tokens, int from, int possessive) {
        String w = tokens.get(possessive - 1).word().toLowerCase(Locale.ROOT);
        return lastConjunction(tokens, from, possessive) < 0 && !isCountry.test(w)
                && (pluralOwnerEndings.stream().anyMatch(w::endsWith)
                || classes.is("plural-noun", tokens.get(possessive - 1).pos(), null));
    }

    private int lastConjunction(List<Token> tokens, int from, int to) {
        for (int i = to - 1; i > from; i--) {
            if (conjunctions.contains(lower(tokens.get(i)))) {
                return i;
            }
        }
        return -1;
    }

    private static void addTrimmed(Run run, List<Token> tokens, List<Run> out) {
        int from = run.from();
        int to = run.to();
        while (from < to && !hasLetterOrDigit(tokens.get(from).word())) {
            from++;
        }
        while (to > from && !hasLetterOrDigit(tokens.get(to - 1).word())) {
            to--;
        }
        if (to > from) {
            out.add(new Run(from, to, run.type()));
        }
    }
}
