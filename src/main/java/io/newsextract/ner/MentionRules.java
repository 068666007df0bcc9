package io.newsextract.ner;

import io.newsextract.api.Token;
import io.newsextract.lexicon.Countries;
import io.newsextract.lexicon.LanguageResources;
import io.newsextract.lexicon.PosClasses;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static io.newsextract.ner.NameTokens.isCapitalised;

/**
 * Repairs the tagger's entity runs in one sentence with one language's data, in order, each repair a named rule that
 * leaves a {@link RepairTrace} decision when it changes, drops or makes a run:
 * join hyphenated names ("Indo-Pacifico"), repair a run's extent and type ({@link RunRepairs}), carry an organisation
 * over a coordination of untagged capitalised words ("… Elettrotecniche ed Elettroniche"), cut glued names at
 * possessives and coordinations, cut "Country prep Country", strip title words ("Presidente del Consiglio"), drop
 * party letters ("R-Texas"), type country names as LOCATION, put well-known names and places by their head noun in
 * place, and add untagged capitalised sequences headed by an organisation noun ("Minerals Security Partnership").
 */
final class MentionRules {

    private final Countries countries;
    private final PosClasses classes;
    private final GluedNames glued;
    private final TextShapes shapes;
    private final RunRepairs repairs;
    private final KnownNames known;

    MentionRules(LanguageResources resources) {
        countries = resources.countries();
        classes = resources.classes();
        glued = new GluedNames(resources.names(), classes, resources.entityLabels(), this::isCountry);
        shapes = new TextShapes(resources.names(), classes, glued);
        repairs = new RunRepairs(resources.names(), classes);
        known = new KnownNames(resources.names());
    }

    List<Run> apply(List<Token> tokens, List<Run> runs, String text, RepairTrace trace) {
        trace.sentence(tokens);
        List<Run> out = new ArrayList<>();
        Set<Integer> titleTokens = shapes.titleTokens(tokens, text);
        for (Run run : glued.joinAcrossHyphens(tokens, runs, trace)) {
            if (isFunctionWord(tokens, run)) {
                trace.dropped(Repair.DROP_FUNCTION_WORD, run);
                continue;
            }
            Run r = trace.changed(Repair.JOIN_HYPHENATED, run, glued.joinHyphenated(tokens, run));
            r = repairs.repair(tokens, trace.changed(Repair.DATELINE_PLACE, r, shapes.datelineAsLocation(tokens, r)),
                    trace);
            if (r == null) {
                continue;
            }
            r = trace.changed(Repair.EXTEND_OVER_COORDINATION, r, glued.extendOverCoordination(tokens, r));
            for (Run piece : trace.split(Repair.SPLIT_AT_POSSESSIVE, r, glued.splitGlued(tokens, r))) {
                for (Run p : trace.split(Repair.SPLIT_COUNTRIES, piece, splitCountries(tokens, piece, text))) {
                    Run stripped = trace.changed(Repair.STRIP_TITLE, p, TextShapes.stripTitle(tokens, p, titleTokens));
                    if (stripped != null && isPartyLetter(tokens, stripped, text)) {
                        trace.dropped(Repair.DROP_PARTY_LETTER, stripped);
                    } else if (stripped != null) {
                        for (Run q : trace.split(Repair.SPLIT_ORGANISATION_PERSON, stripped,
                                repairs.splitOrganisationPerson(tokens, stripped))) {
                            out.add(trace.changed(Repair.COUNTRY_AS_LOCATION, q, countryAsLocation(tokens, q, text)));
                        }
                    }
                }
            }
        }
        List<Run> found = repairs.placesByHead(tokens,
                known.apply(tokens, removeNested(dedupe(out, trace), trace), text, trace), trace);
        found.removeIf(r -> drop(Repair.DROP_GENERIC_WORD, known.isGeneric(tokens, r), r, trace)
                || drop(Repair.DROP_PORTFOLIO, repairs.isPortfolio(tokens, r), r, trace));
        for (Run r : shapes.organisationsByHead(tokens, found, titleTokens)) {
            trace.made(Repair.ORGANISATION_BY_HEAD, r);
            found.add(r);
        }
        shapes.untaggedDateline(tokens, found).ifPresent(r -> {
            trace.made(Repair.UNTAGGED_DATELINE, r);
            found.add(r);
        });
        found.sort((a, b) -> Integer.compare(a.from(), b.from()));
        return found;
    }

    private static boolean drop(Repair rule, boolean drop, Run r, RepairTrace trace) {
        if (drop) {
            trace.dropped(rule, r);
        }
        return drop;
    }

    String text(List<Token> tokens, Run r, String text) {
        return r.span(tokens).of(text);
    }

    boolean isCountry(String name) {
        return countries.byName(name).isPresent();
    }

    /** "Nel terzo trimestre": a lone preposition, article or adverb capitalised at a sentence start is no name. */
    private boolean isFunctionWord(List<Token> tokens, Run r) {
        String pos = tokens.get(r.from()).pos();
        boolean oneWord = tokens.get(r.to() - 1).span().equals(tokens.get(r.from()).span());   // "Nel" = "In il"
        return oneWord && classes.is("not-a-name", pos, null);
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

    /** The party letter of a US designation ("R-Texas", "D-Mass."): a lone capital glued to a hyphen, not a name. */
    private boolean isPartyLetter(List<Token> tokens, Run r, String text) {
        Token t = tokens.get(r.from());
        return r.to() - r.from() == 1 && t.end() - t.start() == 1 && Character.isUpperCase(text.charAt(t.start()))
                && t.end() < text.length() && glued.isHyphen(String.valueOf(text.charAt(t.end())));
    }

    private Run countryAsLocation(List<Token> tokens, Run r, String text) {
        return !r.type().equals("LOCATION") && isCountry(text(tokens, r, text)) ? r.withType("LOCATION") : r;
    }

    /** Runs taken into a longer one by an extension ("Net Zero" into the department's name). */
    private static List<Run> removeNested(List<Run> runs, RepairTrace trace) {
        List<Run> out = new ArrayList<>();
        for (Run r : runs) {
            boolean nested = runs.stream().anyMatch(o -> o != r && o.from() <= r.from() && o.to() >= r.to()
                    && o.to() - o.from() > r.to() - r.from());
            if (!drop(Repair.DROP_NESTED, nested, r, trace)) {
                out.add(r);
            }
        }
        return out;
    }

    /** Two runs that start at one token after the repairs: the first one stays. */
    private static List<Run> dedupe(List<Run> runs, RepairTrace trace) {
        List<Run> out = new ArrayList<>();
        Set<Integer> starts = new HashSet<>();
        for (Run r : runs) {
            if (!drop(Repair.DROP_SAME_START, !starts.add(r.from()), r, trace)) {
                out.add(r);
            }
        }
        return out;
    }
}
