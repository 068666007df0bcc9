package io.newsextract.attribution;

import io.newsextract.api.PosClass;
import io.newsextract.api.EntityMention;
import io.newsextract.lexicon.Countries;
import io.newsextract.lexicon.SpeechLexicon;
import io.newsextract.lexicon.SpeechLexicon.GroupPhrase;
import io.newsextract.lexicon.SpeechLexicon.Title;
import io.newsextract.quote.SpeechCues;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds who may speak, outside quotes: named entities (with the role and affiliation their title, nationality
 * adjective or apposition gives: "Italian Prime Minister Giorgia Meloni"), capitalised names after a title the
 * entity model missed, coordinations of two names ("Lee and Meloni"), group phrases ("the two leaders"), nouns for
 * unnamed speakers ("a White House spokesperson", "the president") and subject pronouns.
 */
final class MentionFinder {

    private static final Set<String> SPEAKING_TYPES = Set.of("PERSON", "ORGANIZATION", "LOCATION");
    /** A closing quote mark, stops and spaces, a dash and spaces right before a byline, in at most this many chars. */
    private static final int BYLINE_GAP = 6;
    private static final Pattern BYLINE_BEFORE = Pattern.compile("[”\"»][\\s\u00a0.,]*[―—–][\\s\u00a0]*$");
    private static final Pattern BYLINE_AFTER = Pattern.compile("[ \u00a0\t]*(?:[.,]|\\R|$)");

    private final ReadingView view;
    private final SpeechLexicon lex;
    private final Countries countries;
    private final Titles titles;

    MentionFinder(ReadingView view, Countries countries) {
        this.view = view;
        this.lex = view.lex;
        this.countries = countries;
        this.titles = new Titles(view, countries);
    }

    /** Mentions in text order; a coordination replaces the two names it joins. */
    List<Mention> find() {
        List<Mention> names = new ArrayList<>();
        boolean[] taken = new boolean[view.size()];
        for (EntityMention e : view.doc.entities()) {
            int[] words = view.reading.wordsIn(e.span());
            int from = words[0];
            int to = words[1];
            if (to > from && SPEAKING_TYPES.contains(e.type()) && !view.quoted(from)) {
                names.add(name(from, to, e.type()));
                mark(taken, from, to);
            }
        }
        names.addAll(titledNames(taken));
        names.addAll(surnames(names, taken));
        names.addAll(untaggedSpeakers(taken));
        names.removeIf(m -> !m.type().equals("PERSON") && insideTitle(m, names));
        List<Mention> all = new ArrayList<>(coordinate(names));
        all.forEach(m -> mark(taken, m.from(), m.to()));
        all.addAll(groupPhrases(taken));
        Mention[] organisationAt = new Mention[view.size()];
        all.stream().filter(m -> m.type().equals("ORGANIZATION")).forEach(m -> organisationAt[m.from()] = m);
        all.addAll(nominalsAndPronouns(taken, organisationAt));
        all.sort(Comparator.comparingInt(Mention::from));
        return all;
    }

    /** An organisation or place that is only part of a person's title ("Presidente del Consiglio Meloni"). */
    private boolean insideTitle(Mention m, List<Mention> names) {
        for (Mention p : names) {
            if (p.type().equals("PERSON") && p.role() != null) {
                int t = titles.titleEndingAt(p.from());
                int start = t < 0 ? p.from() : Math.max(0, t - 1);
                if (m.from() >= start && m.to() <= p.from()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void mark(boolean[] taken, int from, int to) {
        for (int i = from; i < to; i++) {
            taken[i] = true;
        }
    }

    private Mention name(int from, int to, String type) {
        while (to > from + 1 && view.is(to - 1, PosClass.POSSESSIVE)) {
            to--;
        }
        String text = view.text.substring(view.start(from), view.end(to - 1));
        String role = null;
        String affiliation = null;
        String gender = "x";
        int lead = from;
        if (type.equals("PERSON")) {
            int t = titles.titleEndingAt(from);
            if (t < 0 && from > 0 && countries.byAdjective(view.word(from - 1)).isPresent()) {
                t = titles.titleEndingAt(from - 1);
            }
            if (t >= 0) {
                lead = t;
                Title title = titles.titleAt(t).orElseThrow();
                role = title.role();
                gender = title.gender();
                affiliation = titles.affiliationAround(t, from);
            }
            if (role == null) {
                String[] appos = titles.apposition(to);
                if (appos != null) {
                    role = appos[0];
                    affiliation = appos[1];
                }
            }
        }
        if (type.equals("PERSON") && gender.equals("x")) {
            gender = lex.givenNameGender(view.word(from));
        }
        return new Mention(from, to, Mention.Kind.NAME, type, text, role, affiliation, gender, 0, List.of(), lead);
    }

    /** Capitalised proper nouns right after a title that no entity covers: "Prime Minister Meloni". */
    private List<Mention> titledNames(boolean[] taken) {
        List<Mention> out = new ArrayList<>();
        for (int i = 0; i < view.size(); i++) {
            if (taken[i] || view.quoted(i) || !view.isCapitalized(i) || !view.hasTag(i, PosClass.PROPER)
                    || titles.titleEndingAt(i) < 0) {
                continue;
            }
            int to = i;
            while (to < view.size() && !taken[to] && view.isCapitalized(to) && view.hasTag(to, PosClass.PROPER)
                    && view.sentence(to) == view.sentence(i)) {
                to++;
            }
            out.add(name(i, to, "PERSON"));
            mark(taken, i, to);
        }
        return out;
    }

    /**
     * "Strand, a former prosecutor, was not satisfied": a lone capitalised noun the entity model missed (the tagger may
     * take a sentence-initial surname for a common noun) that is the surname of a person named in full in the article.
     */
    private List<Mention> surnames(List<Mention> names, boolean[] taken) {
        Set<String> surnames = new HashSet<>();
        for (Mention m : names) {
            if (m.type().equals("PERSON") && m.to() - m.from() > 1) {
                surnames.add(view.word(m.to() - 1));
            }
        }
        List<Mention> out = new ArrayList<>();
        for (int i = 0; i < view.size(); i++) {
            boolean nounLike = view.hasTag(i, PosClass.PROPER) || view.hasTag(i, PosClass.NOUN);
            boolean determined = i > 0 && view.is(i - 1, PosClass.DETERMINER);
            if (!taken[i] && !view.quoted(i) && nounLike && !determined && surnames.contains(view.word(i))
                    && (i + 1 >= view.size() || !startsName(i + 1))) {
                out.add(name(i, i + 1, "PERSON"));
                taken[i] = true;
            }
        }
        return out;
    }

    /**
     * "PolitiFact says", "Zero Hedge asked": capitalised proper nouns the entity model missed, right before a speech
     * verb. An organisation unless it opens with a known given name; a lone word that opens a sentence counts only when
     * the article also writes it capitalised inside a sentence (the tagger takes many a first word for a proper noun).
     * Then the same names wherever the article repeats them ({@link #recurrences}).
     */
    private List<Mention> untaggedSpeakers(boolean[] taken) {
        List<Mention> out = new ArrayList<>();
        Set<String> inside = new HashSet<>();
        for (int i = 0; i < view.size(); i++) {
            if (view.sentenceStart(view.sentence(i)) != i && view.isCapitalized(i) && view.hasTag(i, PosClass.PROPER)) {
                inside.add(view.word(i));
            }
        }
        for (int i = 0; i < view.size(); i++) {
            int to = properNounsEnd(i, taken);
            if (to == i) {
                continue;
            }
            boolean lone = to == i + 1 && view.sentenceStart(view.sentence(i)) == i && !inside.contains(view.word(i));
            if (to - i >= 2 && isByline(i, to)) {
                out.add(name(i, to, "PERSON"));
                mark(taken, i, to);
            } else if (!lone && to < view.size() && view.sentence(to) == view.sentence(i) && !view.quoted(to)
                    && SpeechCues.isSpeechVerb(view.reading, to, lex)) {
                String type = lex.givenNameGender(view.word(i)).equals("x") ? "ORGANIZATION" : "PERSON";
                out.add(name(i, to, type));
                mark(taken, i, to);
            }
            i = to - 1;
        }
        out.addAll(recurrences(out, taken));
        return out;
    }

    /**
     * “…” ― Ariana Huichapa. — two capitalised proper nouns or more after a closing quote mark and a dash, with
     * nothing after them but a stop or the line end: the byline of a testimonial or vox pop names a person.
     */
    private boolean isByline(int from, int to) {
        String text = view.text;
        int end = view.end(to - 1);
        String before = text.substring(Math.max(0, view.start(from) - BYLINE_GAP), view.start(from));
        String after = text.substring(end, Math.min(text.length(), end + 2));
        return BYLINE_BEFORE.matcher(before).find() && BYLINE_AFTER.matcher(after).lookingAt();
    }

    /**
     * "PolitiFact rated 32% of claims as “false”": a name found before a speech verb elsewhere in the article is a
     * mention wherever it recurs as the same capitalised proper nouns.
     */
    private List<Mention> recurrences(List<Mention> found, boolean[] taken) {
        Map<String, String> types = new HashMap<>();
        found.forEach(m -> types.put(m.name(), m.type()));
        List<Mention> out = new ArrayList<>();
        for (int i = 0; i < view.size() && !types.isEmpty(); i++) {
            int to = properNounsEnd(i, taken);
            if (to == i) {
                continue;
            }
            String type = types.get(view.text.substring(view.start(i), view.end(to - 1)));
            if (type != null) {
                out.add(name(i, to, type));
                mark(taken, i, to);
            }
            i = to - 1;
        }
        return out;
    }

    /** The end of the capitalised proper nouns from word {@code i} on, in its sentence, none taken or quoted. */
    private int properNounsEnd(int i, boolean[] taken) {
        int to = i;
        while (to < view.size() && !taken[to] && !view.quoted(to) && view.isCapitalized(to)
                && view.hasTag(to, PosClass.PROPER) && view.sentence(to) == view.sentence(i)) {
            to++;
        }
        return to;
    }

    /** Two names (or a pronoun and a name) joined by a conjunction become one group mention. */
    private List<Mention> coordinate(List<Mention> names) {
        names.sort(Comparator.comparingInt(Mention::from));
        List<Mention> out = new ArrayList<>();
        for (int k = 0; k < names.size(); k++) {
            Mention a = names.get(k);
            Mention b = k + 1 < names.size() ? names.get(k + 1) : null;
            if (b != null && a.type().equals("PERSON") && b.type().equals("PERSON") && b.from() == a.to() + 1
                    && isConjunction(a.to())) {
                out.add(group(a.from(), b.to(), 2, List.of(a, b)));
                k++;
            } else if (a.type().equals("PERSON") && a.from() >= 2 && isConjunction(a.from() - 1)
                    && lex.pronoun(view.word(a.from() - 2)).isPresent()) {
                out.add(group(a.from() - 2, a.to(), 2, List.of(pronoun(a.from() - 2), a)));
            } else {
                out.add(a);
            }
        }
        return out;
    }

    private boolean isConjunction(int i) {
        return view.lower(i).equals(SpeechLexicon.lower(lex.conjunction()));
    }

    private Mention group(int from, int to, int size, List<Mention> parts) {
        return new Mention(from, to, Mention.Kind.GROUP, "GROUP", view.text.substring(view.start(from),
                view.end(to - 1)), null, null, "x", size, parts, from);
    }

    private List<Mention> groupPhrases(boolean[] taken) {
        List<Mention> out = new ArrayList<>();
        for (int i = 0; i < view.size(); i++) {
            if (taken[i] || view.quoted(i)) {
                continue;
            }
            for (GroupPhrase g : lex.groupPhrases()) {
                int end = view.reading.phraseAt(i, g.words(), view.size());
                if (end > i && view.sentence(end - 1) == view.sentence(i)) {
                    out.add(group(i, end, g.size(), List.of()));
                    mark(taken, i, end);
                    break;
                }
            }
        }
        return out;
    }

    private Mention pronoun(int i) {
        SpeechLexicon.Pronoun p = lex.pronoun(view.word(i)).orElseThrow();
        return new Mention(i, i + 1, Mention.Kind.PRONOUN, p.plural() ? "GROUP" : "PERSON", view.word(i), null,
                null, p.gender(), 0, List.of(), i);
    }

    /**
     * Speaker nouns with their capitalised modifiers ("White House spokesperson"), a title after a determiner with no
     * name after it ("the president"; an organisation after it is the role's affiliation: "la senatrice Pd", "il
     * presidente di Forza Italia"), and pronouns. A speaker noun that is also a title has its role after an article
     * of the language's {@code definite} class ("il legale" is the lawyer named before); English lists none there, as
     * "the spokesperson" is as often someone never named.
     */
    private List<Mention> nominalsAndPronouns(boolean[] taken, Mention[] organisationAt) {
        List<Mention> out = new ArrayList<>();
        for (int i = 0; i < view.size(); i++) {
            if (taken[i] || view.quoted(i)) {
                continue;
            }
            if (lex.pronoun(view.word(i)).isPresent() && view.hasTag(i, PosClass.PRONOUN)) {
                out.add(pronoun(i));
            } else if (lex.isSpeakerNoun(view.word(i)) && !startsName(i + 1)) {
                int from = i;
                while (from > 0 && !taken[from - 1] && view.sentence(from - 1) == view.sentence(i)
                        && view.isCapitalized(from - 1) && view.hasTag(from - 1, PosClass.PROPER)) {
                    from--;
                }
                String type = lex.speakerNoun(view.word(i)).map(SpeechLexicon.SpeakerNoun::type).orElse("PERSON");
                boolean definite = from > 0 && view.isListed(from - 1, PosClass.DEFINITE);
                String role = definite ? titles.titleAt(i).map(Title::role).orElse(null) : null;
                Mention n = nominal(from, organisationAfter(i + 1, taken), role, null, type, "x");
                out.add(view.hasTag(i, PosClass.PLURAL_NOUN) ? n.withGender(Mention.PLURAL) : n);
            } else if (afterDeterminer(i) || i > 0 && view.isListed(i - 1, PosClass.ARTICULATED)) {
                Optional<Title> title = titles.titleAt(i);
                if (title.isEmpty()) {
                    continue;
                }
                int after = i + title.get().words().size();
                Mention party = affiliationAfter(after, organisationAt);
                boolean named = startsName(after) && party == null || (after < view.size()
                        && countries.byAdjective(view.word(after)).isPresent() && startsName(after + 1));
                if (title.get().role() != null && !named) {
                    out.add(nominal(i, after, title.get().role(), party == null ? null : party.name(), "PERSON",
                            nominalGender(i, title.get().gender())));
                    i += title.get().words().size() - 1;
                }
            }
        }
        return out;
    }

    /** The organisation at word {@code i} or after a preposition and determiners there ("di Forza Italia"), or null. */
    private Mention affiliationAfter(int i, Mention[] organisationAt) {
        int k = i;
        if (k < view.size() && (view.hasTag(k, PosClass.ADPOSITION) || view.isListed(k, PosClass.ARTICULATED))) {
            k++;
            while (k < view.size() && view.is(k, PosClass.DETERMINER)) {
                k++;
            }
        }
        return k < view.size() && view.sentence(k) == view.sentence(i) ? organisationAt[k] : null;
    }

    /** Whether a determiner comes before word {@code i}, past up to two adjectives ("a federal judge"). */
    private boolean afterDeterminer(int i) {
        int k = i - 1;
        while (k >= 0 && i - k <= 2 && view.hasTag(k, PosClass.ADJECTIVE) && !view.isCapitalized(k)) {
            k--;
        }
        return k >= 0 && view.sentence(k) == view.sentence(i) && view.is(k, PosClass.DETERMINER);
    }

    /** "spokesperson for the Pentagon", "fonti della Ragioneria": the end of the organisation named after a noun. */
    private int organisationAfter(int i, boolean[] taken) {
        int k = i;
        if (k < view.size() && view.hasTag(k, PosClass.ADPOSITION)) {
            k++;
            while (k < view.size() && view.is(k, PosClass.DETERMINER)) {
                k++;
            }
            if (k < view.size() && taken[k] && view.sentence(k) == view.sentence(i)) {
                int end = k;
                while (end < view.size() && taken[end] && view.isCapitalized(end)) {
                    end++;
                }
                return end;
            }
        }
        return i;
    }

    private boolean startsName(int i) {
        return i < view.size() && view.isCapitalized(i) && view.hasTag(i, PosClass.PROPER);
    }

    private Mention nominal(int from, int to, String role, String affiliation, String type, String gender) {
        String text = view.text.substring(view.start(from), view.end(to - 1));
        return new Mention(from, to, Mention.Kind.NOMINAL, type, text, role, affiliation, gender, 0, List.of(), from);
    }

    /** The gender of a title ("la ministra"), else of its determiner ("la premier", "il portavoce"), else "x". */
    private String nominalGender(int title, String titleGender) {
        if (!"x".equals(titleGender) || title == 0) {
            return titleGender;
        }
        return view.isListed(title - 1, PosClass.FEMININE) ? "f"
                : view.isListed(title - 1, PosClass.MASCULINE) ? "m" : "x";
    }
}
