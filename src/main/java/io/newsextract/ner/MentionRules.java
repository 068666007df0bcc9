package io.newsextract.ner;

import io.newsextract.api.Token;
import io.newsextract.lexicon.Countries;
import io.newsextract.lexicon.LanguageResources;
import io.newsextract.lexicon.NameLexicon;
import io.newsextract.lexicon.PosClasses;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Repairs the tagger's entity runs in one sentence with one language's data, in order:
 * join hyphenated names ("Indo-Pacifico"), carry an organisation over a coordination of untagged capitalised words
 * ("… Elettrotecniche ed Elettroniche"), cut glued names at possessives and coordinations, cut "Country prep Country",
 * strip title words ("Presidente del Consiglio"), drop party letters ("R-Texas"), type country names as LOCATION,
 * and add untagged capitalised
 * sequences headed by an organisation noun ("Minerals Security Partnership").
 */
final class MentionRules {

    /** A run of tokens [from, to) of one coarse type. */
    record Run(int from, int to, String type) {
    }

    private final Countries countries;
    private final PosClasses classes;
    private final Set<String> possessives;
    private final Set<String> hyphens;
    private final Set<String> conjunctions;
    private final Set<String> orgHeads;
    private final Set<String> connectors;
    private final List<String> pluralOwnerEndings;
    private final Pattern titles;
    private final RunRepairs repairs;
    private final KnownNames known;

    MentionRules(LanguageResources resources) {
        NameLexicon names = resources.names();
        countries = resources.countries();
        classes = resources.classes();
        possessives = names.possessives();
        hyphens = names.hyphens();
        conjunctions = names.conjunctions();
        orgHeads = names.orgHeads();
        connectors = names.connectors();
        pluralOwnerEndings = names.pluralOwnerEndings();
        List<String> phrases = names.titlePhrases();
        titles = phrases.isEmpty() ? null : Pattern.compile("(?iu)\\b(?:" + phrases.stream()
                .sorted((a, b) -> b.length() - a.length()).map(Pattern::quote)
                .collect(Collectors.joining("|")) + ")\\b");
        repairs = new RunRepairs(names, classes);
        known = new KnownNames(names);
    }

    List<Run> apply(List<Token> tokens, List<Run> runs, String text) {
        List<Run> out = new ArrayList<>();
        Set<Integer> titleTokens = titleTokens(tokens, text);
        for (Run run : joinAcrossHyphens(tokens, runs)) {
            if (isFunctionWord(tokens, run)) {
                continue;
            }
            Run r = repairs.repair(tokens, datelineAsLocation(tokens, joinHyphenated(tokens, run)));
            if (r == null) {
                continue;
            }
            r = extendOverCoordination(tokens, r);
            for (Run piece : splitGlued(tokens, r)) {
                for (Run p : splitCountries(tokens, piece, text)) {
                    Run stripped = stripTitle(tokens, p, titleTokens);
                    if (stripped != null && !isPartyLetter(tokens, stripped, text)) {
                        for (Run q : repairs.splitOrganisationPerson(tokens, stripped)) {
                            out.add(countryAsLocation(tokens, q, text));
                        }
                    }
                }
            }
        }
        out = known.apply(tokens, removeNested(dedupe(out)), text);
        out = repairs.placesByHead(tokens, out);
        out.removeIf(r -> known.isGeneric(tokens, r) || repairs.isPortfolio(tokens, r));
        out.addAll(organisationsByHead(tokens, out, titleTokens));
        untaggedDateline(tokens, out).ifPresent(out::add);
        out.sort((a, b) -> Integer.compare(a.from(), b.from()));
        return out;
    }

    String text(List<Token> tokens, Run r, String text) {
        return text.substring(tokens.get(r.from()).start(), tokens.get(r.to() - 1).end());
    }

    boolean isCountry(String name) {
        return countries.byName(name).isPresent();
    }

    private Run joinHyphenated(List<Token> tokens, Run r) {
        int to = r.to();
        while (to + 1 < tokens.size() && hyphens.contains(tokens.get(to).word())
                && tokens.get(to).start() == tokens.get(to - 1).end()
                && tokens.get(to + 1).start() == tokens.get(to).end()
                && isCapitalised(tokens.get(to + 1)) && isUntagged(tokens.get(to + 1))) {
            to += 2;
        }
        return new Run(r.from(), to, r.type());
    }

    /**
     * "Emilia-Romagna" tagged as two places, "Jean-Philippe Moreau" with only "Philippe Moreau" tagged: a run and the
     * capitalised word glued to it by a hyphen are one name.
     */
    private List<Run> joinAcrossHyphens(List<Token> tokens, List<Run> runs) {
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
                out.set(out.size() - 1, new Run(last.from(), r.to(), r.type()));
            } else {
                out.add(new Run(from, r.to(), r.type()));
            }
        }
        return out;
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

    /** "Nel terzo trimestre": a lone preposition, article or adverb capitalised at a sentence start is no name. */
    private boolean isFunctionWord(List<Token> tokens, Run r) {
        String pos = tokens.get(r.from()).pos();
        boolean oneWord = tokens.get(r.to() - 1).span().equals(tokens.get(r.from()).span());   // "Nel" = "In il"
        return oneWord && classes.is("not-a-name", pos, null);
    }

    /** "ROMA - …", "(ANSA) - ROMA, 12 MAR -": a word in capitals before a dash or a date is the dateline's place. */
    private Run datelineAsLocation(List<Token> tokens, Run r) {
        String w = tokens.get(r.from()).word();
        if (r.to() - r.from() != 1 || r.to() >= tokens.size() || w.length() < 3 || !w.equals(w.toUpperCase(Locale.ROOT))
                || !w.chars().allMatch(Character::isLetter)) {
            return r;
        }
        String next = tokens.get(r.to()).word();
        boolean date = next.equals(",") && r.to() + 1 < tokens.size()
                && Character.isDigit(tokens.get(r.to() + 1).word().charAt(0));
        boolean dash = hyphens.contains(next) || next.equals("—");
        boolean opens = r.from() == 0 || hyphens.contains(tokens.get(r.from() - 1).word())
                || tokens.get(r.from() - 1).word().equals("—");
        return opens && (dash || date) ? new Run(r.from(), r.to(), "LOCATION") : r;
    }

    /**
     * "Alleanza Verdi e Sinistra", "Department for Energy Security and Net Zero": a name of two or more words goes on
     * over a coordination of capitalised words, untagged or (after an of/for complement) tagged a person by mistake.
     * A one-word name does not: "Google and TikTok" are two.
     */
    /** "TORINO – La Regione …": an untagged word in capitals opening the text before a dash is the dateline's place. */
    private Optional<Run> untaggedDateline(List<Token> tokens, List<Run> runs) {
        if (tokens.size() < 2 || !isUntagged(tokens.get(0)) || runs.stream().anyMatch(r -> r.from() == 0)) {
            return Optional.empty();
        }
        Run r = datelineAsLocation(tokens, new Run(0, 1, "MISC"));
        return r.type().equals("LOCATION") ? Optional.of(r) : Optional.empty();
    }

    private Run extendOverCoordination(List<Token> tokens, Run r) {
        if (!r.type().equals("ORGANIZATION") || r.to() - r.from() < 2 || r.to() >= tokens.size()
                || !conjunctions.contains(lowerWord(tokens.get(r.to())))) {
            return r;
        }
        boolean complement = false;
        for (int i = r.from() + 1; i < r.to(); i++) {
            complement |= connectors.contains(lowerWord(tokens.get(i))) && !isCapitalised(tokens.get(i));
        }
        int j = r.to() + 1;
        while (j < tokens.size() && isCapitalised(tokens.get(j))
                && (isUntagged(tokens.get(j)) || complement && isMistakenPerson(tokens, j))) {
            j++;
        }
        boolean endsName = j == tokens.size() || !isCapitalised(tokens.get(j)) || !isUntagged(tokens.get(j));
        return j > r.to() + 1 && endsName ? new Run(r.from(), j, r.type()) : r;
    }

    private static boolean isMistakenPerson(List<Token> tokens, int i) {
        return "PERSON".equals(EntityRecognitionStage.coarse(tokens.get(i).ner()));
    }

    /** "X Association and Italy ’s Y Association": the owner and the owned are two names, the owner a third. */
    private List<Run> splitGlued(List<Token> tokens, Run run) {
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
        return lastConjunction(tokens, from, possessive) < 0 && !isCountry(w)
                && (pluralOwnerEndings.stream().anyMatch(w::endsWith)
                || classes.is("plural-noun", tokens.get(possessive - 1).pos(), null));
    }

    /** "Corea del Sud per l'Italia": two countries joined by lower-case words are two names. */
    private List<Run> splitCountries(List<Token> tokens, Run run, String text) {
        for (int i = run.from() + 1; i < run.to(); i++) {
            if (isCapitalised(tokens.get(i - 1)) && !isCapitalised(tokens.get(i))) {
                int j = i;
                while (j < run.to() && !isCapitalised(tokens.get(j))) {
                    j++;
                }
                Run left = new Run(run.from(), i, run.type());
                Run right = new Run(j, run.to(), run.type());
                if (j < run.to() && isCountry(text(tokens, left, text)) && isCountry(text(tokens, right, text))) {
                    return List.of(left, right);
                }
            }
        }
        return List.of(run);
    }

    private Run stripTitle(List<Token> tokens, Run r, Set<Integer> titleTokens) {
        int from = r.from();
        while (from < r.to() && titleTokens.contains(from)) {
            from++;
        }
        if (from == r.from()) {
            return r;
        }
        return from < r.to() && isCapitalised(tokens.get(from)) ? new Run(from, r.to(), r.type()) : null;
    }

    /** The party letter of a US designation ("R-Texas", "D-Mass."): a lone capital glued to a hyphen, not a name. */
    private boolean isPartyLetter(List<Token> tokens, Run r, String text) {
        Token t = tokens.get(r.from());
        return r.to() - r.from() == 1 && t.end() - t.start() == 1 && Character.isUpperCase(text.charAt(t.start()))
                && t.end() < text.length() && hyphens.contains(String.valueOf(text.charAt(t.end())));
    }

    private Run countryAsLocation(List<Token> tokens, Run r, String text) {
        return !r.type().equals("LOCATION") && isCountry(text(tokens, r, text)) ? new Run(r.from(), r.to(), "LOCATION") : r;
    }

    private List<Run> organisationsByHead(List<Token> tokens, List<Run> tagged, Set<Integer> titleTokens) {
        boolean[] covered = new boolean[tokens.size()];
        for (Run r : tagged) {
            for (int i = r.from(); i < r.to(); i++) {
                covered[i] = true;
            }
        }
        titleTokens.forEach(i -> covered[i] = true);
        List<Run> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            if (covered[i] || !isCapitalised(tokens.get(i)) || classes.is("not-a-name", tokens.get(i).pos(), null)
                    || classes.is("determiner", tokens.get(i).pos(), null)) {
                i++;
                continue;
            }
            int j = i + 1;
            int lastCap = i;
            while (j < tokens.size() && !covered[j]
                    && (isCapitalised(tokens.get(j)) || connectors.contains(lowerWord(tokens.get(j)))
                    || possessives.contains(tokens.get(j).word()) && j + 1 < tokens.size()
                    && isCapitalised(tokens.get(j + 1)))) {
                if (isCapitalised(tokens.get(j))) {
                    lastCap = j;
                }
                j++;
            }
            Run candidate = new Run(i, lastCap + 1, "ORGANIZATION");
            int capitals = 0;
            for (int k = i; k <= lastCap; k++) {
                capitals += isCapitalised(tokens.get(k)) ? 1 : 0;
            }
            if (capitals >= 2 && (orgHeads.contains(tokens.get(i).word()) || orgHeads.contains(tokens.get(lastCap).word()))) {
                out.add(candidate);
            }
            i = lastCap + 1;
        }
        return out;
    }

    private Set<Integer> titleTokens(List<Token> tokens, String text) {
        Set<Integer> out = new HashSet<>();
        if (titles == null || tokens.isEmpty()) {
            return out;
        }
        Matcher m = titles.matcher(text).region(tokens.get(0).start(), tokens.get(tokens.size() - 1).end());
        while (m.find()) {
            for (int i = 0; i < tokens.size(); i++) {
                if (tokens.get(i).start() >= m.start() && tokens.get(i).end() <= m.end()) {
                    out.add(i);
                }
            }
        }
        return out;
    }

    private int lastConjunction(List<Token> tokens, int from, int to) {
        for (int i = to - 1; i > from; i--) {
            if (conjunctions.contains(lowerWord(tokens.get(i)))) {
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

    /** Runs taken into a longer one by an extension ("Net Zero" into the department's name). */
    private static List<Run> removeNested(List<Run> runs) {
        List<Run> out = new ArrayList<>();
        for (Run r : runs) {
            boolean nested = runs.stream().anyMatch(o -> o != r && o.from() <= r.from() && o.to() >= r.to()
                    && o.to() - o.from() > r.to() - r.from());
            if (!nested) {
                out.add(r);
            }
        }
        return out;
    }

    private static List<Run> dedupe(List<Run> runs) {
        List<Run> out = new ArrayList<>();
        Set<Integer> starts = new HashSet<>();
        for (Run r : runs) {
            if (starts.add(r.from())) {
                out.add(r);
            }
        }
        return out;
    }

    private static boolean hasLetterOrDigit(String word) {
        return word.codePoints().anyMatch(Character::isLetterOrDigit);
    }

    private static boolean isCapitalised(Token t) {
        return !t.word().isEmpty() && Character.isUpperCase(t.word().codePointAt(0));
    }

    private static boolean isUntagged(Token t) {
        return t.ner() == null || t.ner().equals("O");
    }

    private static String lowerWord(Token t) {
        return t.word().toLowerCase(Locale.ROOT);
    }
}
