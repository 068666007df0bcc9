package io.newsextract.ner;

import io.newsextract.api.Token;
import io.newsextract.lexicon.NameLexicon;
import io.newsextract.lexicon.PosClasses;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static io.newsextract.ner.NameTokens.isCapitalised;
import static io.newsextract.ner.NameTokens.isUntagged;
import static io.newsextract.ner.NameTokens.lower;

/**
 * Names read from the shape of the text around them rather than from the tagger: a word in capitals before a dash
 * opening the text is the dateline's place, title phrases are no names ("Presidente del Consiglio"), and capitalised
 * words headed by an organisation noun are an organisation the tagger missed ("Minerals Security Partnership").
 */
final class TextShapes {

    private final Set<String> orgHeads;
    private final Set<String> connectors;
    private final PosClasses classes;
    private final Predicate<String> isHyphen;
    private final Set<String> possessives;
    private final Pattern titles;

    TextShapes(NameLexicon names, PosClasses classes, GluedNames glued) {
        orgHeads = names.orgHeads();
        connectors = names.connectors();
        this.classes = classes;
        this.isHyphen = glued::isHyphen;
        this.possessives = glued.possessives();
        List<String> phrases = names.titlePhrases();
        titles = phrases.isEmpty() ? null : Pattern.compile("(?iu)\\b(?:" + phrases.stream()
                .sorted((a, b) -> b.length() - a.length()).map(Pattern::quote)
                .collect(Collectors.joining("|")) + ")\\b");
    }

    /** "ROMA - …", "(ANSA) - ROMA, 12 MAR -": a word in capitals before a dash or a date is the dateline's place. */
    Run datelineAsLocation(List<Token> tokens, Run r) {
        String w = tokens.get(r.from()).word();
        if (r.to() - r.from() != 1 || r.to() >= tokens.size() || w.length() < 3 || !w.equals(w.toUpperCase(Locale.ROOT))
                || !w.chars().allMatch(Character::isLetter)) {
            return r;
        }
        String next = tokens.get(r.to()).word();
        boolean date = next.equals(",") && r.to() + 1 < tokens.size()
                && Character.isDigit(tokens.get(r.to() + 1).word().charAt(0));
        boolean dash = isHyphen.test(next) || next.equals("—");
        boolean opens = r.from() == 0 || isHyphen.test(tokens.get(r.from() - 1).word())
                || tokens.get(r.from() - 1).word().equals("—");
        return opens && (dash || date) ? r.withType("LOCATION") : r;
    }

    /** "TORINO – La Regione …": an untagged word in capitals opening the text before a dash is the dateline's place. */
    Optional<Run> untaggedDateline(List<Token> tokens, List<Run> runs) {
        if (tokens.size() < 2 || !isUntagged(tokens.get(0)) || runs.stream().anyMatch(r -> r.from() == 0)) {
            return Optional.empty();
        }
        Run r = datelineAsLocation(tokens, new Run(0, 1, "MISC"));
        return r.type().equals("LOCATION") ? Optional.of(r) : Optional.empty();
    }

    /** The indices of the tokens inside a title phrase. */
    Set<Integer> titleTokens(List<Token> tokens, String text) {
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

    /** The run without the title words it opens with; null when no capitalised word is left. */
    static Run stripTitle(List<Token> tokens, Run r, Set<Integer> titleTokens) {
        int from = r.from();
        while (from < r.to() && titleTokens.contains(from)) {
            from++;
        }
        if (from == r.from()) {
            return r;
        }
        return from < r.to() && isCapitalised(tokens.get(from)) ? new Run(from, r.to(), r.type()) : null;
    }

    /** Untagged capitalised sequences (two capitals or more) that open or end with an organisation noun. */
    List<Run> organisationsByHead(List<Token> tokens, List<Run> tagged, Set<Integer> titleTokens) {
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
                    && (isCapitalised(tokens.get(j)) || connectors.contains(lower(tokens.get(j)))
                    || possessives.contains(tokens.get(j).word()) && j + 1 < tokens.size()
                    && isCapitalised(tokens.get(j + 1)))) {
                if (isCapitalised(tokens.get(j))) {
                    lastCap = j;
                }
                j++;
            }
            int capitals = 0;
            for (int k = i; k <= lastCap; k++) {
                capitals += isCapitalised(tokens.get(k)) ? 1 : 0;
            }
            if (capitals >= 2 && (orgHeads.contains(tokens.get(i).word()) || orgHeads.contains(tokens.get(lastCap).word()))) {
                out.add(new Run(i, lastCap + 1, "ORGANIZATION"));
            }
            i = lastCap + 1;
        }
        return out;
    }
}
