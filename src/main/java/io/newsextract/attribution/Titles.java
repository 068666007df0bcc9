package io.newsextract.attribution;

import io.newsextract.api.PosClass;
import io.newsextract.lexicon.Countries;
import io.newsextract.lexicon.SpeechLexicon;
import io.newsextract.lexicon.SpeechLexicon.Title;

import java.util.Optional;

/**
 * Titles before names and what they say about a person: the role ("Prime Minister"), and the affiliation a
 * nationality adjective, a country's possessive or an apposition gives ("Italy's prime minister", "X, the Italian
 * prime minister,").
 */
final class Titles {

    private final ReadingView view;
    private final SpeechLexicon lex;
    private final Countries countries;

    Titles(ReadingView view, Countries countries) {
        this.view = view;
        this.lex = view.lex;
        this.countries = countries;
    }
    /** The first word of the longest title that ends just before word {@code at}, or -1. */
    int titleEndingAt(int at) {
        for (Title title : lex.titles()) {
            int start = at - title.words().size();
            if (start >= 0 && view.sentence(start) == view.sentence(at) && matchesTitle(start, title)) {
                return start;
            }
        }
        return -1;
    }
    /** "Italian Prime Minister X", "Italy's Prime Minister X", "Presidente del Consiglio italiano X". */
    String affiliationAround(int titleStart, int nameStart) {
        int titleEnd = titleStart + titleAt(titleStart).map(t -> t.words().size()).orElse(0);
        for (int i = titleEnd; i < nameStart; i++) {
            Optional<String> c = countries.byAdjective(view.word(i));
            if (c.isPresent()) {
                return c.get();
            }
        }
        int before = titleStart - 1;
        if (before >= 0 && view.is(before, PosClass.POSSESSIVE)) {
            before--;
        }
        final int i = before;
        if (i >= 0) {
            Optional<String> c = countries.byAdjective(view.word(i)).or(() -> countries.byName(view.word(i)));
            if (c.isPresent()) {
                return c.get();
            }
            if (i >= 1) {
                return countries.byName(view.word(i - 1) + " " + view.word(i)).orElse(null);
            }
        }
        return null;
    }
    /**
     * "X, Italy's prime minister,", "X, the Italian prime minister", "X, l'attuale Presidente degli Stati Uniti":
     * {role, affiliation} or null.
     */
    String[] apposition(int after) {
        if (after >= view.size() || !view.word(after).equals(",")) {
            return null;
        }
        String affiliation = null;
        for (int k = after + 1; k < Math.min(view.size(), after + 6) && view.sentence(k) == view.sentence(after); k++) {
            final int i = k;
            Optional<Title> title = titleAt(i);
            if (title.isPresent() && title.get().role() != null) {
                return new String[]{title.get().role(), affiliation};
            }
            Optional<String> c = countries.byAdjective(view.word(i)).or(() -> countries.byName(view.word(i)));
            if (c.isPresent()) {
                affiliation = c.get();
            } else if (!view.is(i, PosClass.DETERMINER) && !view.is(i, PosClass.POSSESSIVE)
                    && !view.hasTag(i, PosClass.ADJECTIVE)) {
                return null;
            }
        }
        return null;
    }
    Optional<Title> titleAt(int start) {
        return lex.titles().stream().filter(t -> matchesTitle(start, t)).findFirst();
    }
    boolean matchesTitle(int start, Title title) {
        if (start + title.words().size() > view.size()) {
            return false;
        }
        for (int k = 0; k < title.words().size(); k++) {
            if (!title.words().get(k).equals(view.lower(start + k))) {
                return false;
            }
        }
        return true;
    }
}
