package io.newsextract.attribution;

import io.newsextract.api.PosClass;
import io.newsextract.api.Span;
import io.newsextract.lexicon.Countries;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Clusters the mentions of a document into speakers. A person's shorter names join the longest name that contains
 * their words (Lee, President Lee, Lee Jae-myung → "Lee Jae Myung"); organisations and places join by their words or
 * their country; "the president" joins the person with that role; groups are made on demand from their members.
 */
final class SpeakerIndex {

    private final List<Cluster> clusters = new ArrayList<>();
    private final Map<Mention, Cluster> byMention = new IdentityHashMap<>();
    private final Map<Set<Cluster>, Cluster> groups = new HashMap<>();
    private final ReadingView view;
    private static final int APPOSED_WINDOW = 8;

    SpeakerIndex(ReadingView view, List<Mention> mentions, Countries countries) {
        this.view = view;
        List<Mention> names = new ArrayList<>();
        for (Mention m : mentions) {
            if (m.kind() == Mention.Kind.NAME) {
                names.add(m);
            } else if (m.kind() == Mention.Kind.GROUP) {
                m.parts().stream().filter(p -> p.kind() == Mention.Kind.NAME).forEach(names::add);
            }
        }
        List<Mention> longestFirst = new ArrayList<>(names);
        longestFirst.sort(Comparator.comparingInt((Mention m) -> -words(m.name()).size()).thenComparingInt(Mention::from));
        Map<String, Cluster> byKey = new HashMap<>();
        for (Mention m : longestFirst) {
            Cluster c = m.type().equals("PERSON") ? personCluster(canonicalName(m, names), m.from())
                    : byKey.computeIfAbsent(key(m, countries), k -> add(new Cluster(m.type(), m.name(),
                            words(m.name()).size(), m.from(), List.of())));
            attach(m, c);
        }
        for (int k = 0; k < mentions.size(); k++) {
            Mention m = mentions.get(k);
            if (m.kind() == Mention.Kind.NOMINAL) {
                Mention name = apposedName(mentions, k);
                attach(m, name != null && of(name) != null ? of(name) : nominalCluster(m, byKey));
            }
        }
    }

    /**
     * The person a speaker noun introduces: "the spokesperson, Rachel Kim", "il presidente dell'Istat, Roberto Sanna",
     * "la ministra per le Riforme istituzionali Paola Ferraris" — a name within a few words, with no verb, no
     * punctuation but a comma right before it, and not the object of a preposition ("a spokesperson for Smith").
     */
    private Mention apposedName(List<Mention> mentions, int k) {
        Mention m = mentions.get(k);
        for (int j = k + 1; j < mentions.size() && mentions.get(j).lead() - m.to() <= APPOSED_WINDOW; j++) {
            Mention n = mentions.get(j);
            if (n.kind() == Mention.Kind.PRONOUN || n.from() < m.to()) {
                return null;
            }
            if (n.isNamedPerson()) {
                if (joinsName(m.to(), n.lead())) {
                    return n;
                }
                return j + 1 < mentions.size() && complementThenName(m, n, mentions.get(j + 1)) ? mentions.get(j + 1)
                        : null;
            }
        }
        return null;
    }

    /** "la figlia di Marina Petrella, Elisa Novelli": the first name completes the noun, the one after the comma is it. */
    private boolean complementThenName(Mention noun, Mention complement, Mention next) {
        int before = complement.lead() - 1;
        return next.isNamedPerson() && next.lead() == complement.to() + 1
                && view.word(complement.to()).equals(",") && before >= noun.to()
                && view.hasTag(before, PosClass.ADPOSITION) && joinsName(noun.to(), before);
    }

    private boolean joinsName(int from, int lead) {
        for (int i = from; i < lead; i++) {
            boolean closingComma = i == lead - 1 && view.word(i).equals(",");
            boolean joiner = view.word(i).equals("-") || view.word(i).equals("'") || view.word(i).equals("’");
            if (view.quoted(i) || view.isVerb(i) || (view.isPunct(i) && !closingComma && !joiner)) {
                return false;
            }
        }
        int last = lead - 1;
        return last < from || view.word(last).equals(",") || !(view.hasTag(last, PosClass.ADPOSITION)
                || view.is(last, PosClass.DETERMINER));
    }

    private Cluster add(Cluster c) {
        clusters.add(c);
        return c;
    }

    private void attach(Mention m, Cluster c) {
        byMention.put(m, c);
        c.addMention(m, view.span(m.from(), m.to()));
    }

    /**
     * The name a person goes by in the article: the other name of a known alias when the article uses both ("Joseph
     * Ratzinger" is "Benedetto XVI" where the pope is also named so), else the mention's own name.
     */
    private String canonicalName(Mention m, List<Mention> names) {
        return view.lex.canonicalPerson(m.name()).filter(c -> names.stream().anyMatch(n -> n.type().equals("PERSON")
                && words(n.name()).containsAll(words(c)))).orElse(m.name());
    }

    /** The person cluster whose name holds all the words of this one — the most recently named first — or a new one. */
    private Cluster personCluster(String name, int firstWord) {
        Set<String> w = words(name);
        Cluster best = null;
        for (Cluster c : clusters) {
            if (c.type.equals("PERSON") && words(c.name).containsAll(w)
                    && (best == null || c.mentions.size() > best.mentions.size())) {
                best = c;
            }
        }
        if (best == null && w.size() == 1) {
            best = misspeltSurname(w.iterator().next());
        }
        return best != null ? best : add(new Cluster("PERSON", name, w.size(), firstWord, List.of()));
    }

    /** The shortest word a surname may have for one changed, added or dropped letter to be a misspelling of it. */
    private static final int MISSPELT_MIN = 4;

    /**
     * "secondo Vals" after "Joaquín Navarro-Valls": a lone name one letter away from the last word of a person's longer
     * name (same first and last letter, {@value #MISSPELT_MIN}+ letters: Italian "Rossa" is not "Rossi") is that
     * person misspelt; null when no person or more than one qualifies.
     */
    private Cluster misspeltSurname(String word) {
        if (word.length() < MISSPELT_MIN) {
            return null;
        }
        Cluster found = null;
        for (Cluster c : clusters) {
            if (c.type.equals("PERSON") && c.nameWords > 1 && misspells(word, surname(c.name))) {
                if (found != null) {
                    return null;
                }
                found = c;
            }
        }
        return found;
    }

    private static String surname(String name) {
        String[] w = NAME_BREAKS.split(name.toLowerCase(Locale.ROOT));
        return w[w.length - 1];
    }

    /** Whether a word is a surname with one letter changed, added or dropped inside it. */
    static boolean misspells(String word, String surname) {
        return !surname.isEmpty() && surname.charAt(0) == word.charAt(0)
                && surname.charAt(surname.length() - 1) == word.charAt(word.length() - 1) && oneEditApart(surname, word);
    }

    /** Whether two different words differ by one changed, added or dropped letter. */
    static boolean oneEditApart(String a, String b) {
        if (a.equals(b) || Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        String longer = a.length() >= b.length() ? a : b;
        String shorter = longer == a ? b : a;
        int i = 0;
        while (i < shorter.length() && longer.charAt(i) == shorter.charAt(i)) {
            i++;
        }
        int skip = longer.length() == shorter.length() ? 1 : 0;
        return longer.substring(i + 1).equals(shorter.substring(i + skip));
    }

    /**
     * "The president" joins the person with that role ("il presidente di Forza Italia": else the person of that
     * affiliation, "Il leader di Forza Italia, Silvio Berlusconi"), "the department" the organisation named with that
     * word before;
     * other unnamed speakers cluster by their words.
     */
    private Cluster nominalCluster(Mention m, Map<String, Cluster> byKey) {
        if (m.role() != null) {
            Cluster person = personWithRole(m);
            if (person == null && m.affiliation() != null) {
                person = lastNamedBefore(view.start(m.from()), c -> c.type.equals("PERSON")
                        && m.affiliation().equals(c.roleOrganisation) && compatible(c, m));
            }
            if (person == null && m.from() > 0 && view.isListed(m.from() - 1, PosClass.DEFINITE)) {
                person = lastPersonWithoutRole(m);
            }
            if (person == null && m.from() > 0 && view.isListed(m.from() - 1, PosClass.FORMER)) {
                // "Il Cavaliere … L'ex premier si è detto commosso": a former role stands for the person named last
                person = lastNamedBefore(view.start(m.from()), c -> c.type.equals("PERSON") && compatible(c, m));
            }
            if (person != null) {
                return person;
            }
        }
        String head = m.name().substring(m.name().lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
        Cluster org = null;
        for (Cluster c : clusters) {
            if (c.type.equals("ORGANIZATION") && words(c.name).contains(head) && c.firstWord < m.from()) {
                org = c;
            }
        }
        if (org == null && standsForLeadingOrganisation(m)) {
            org = leadingOrganisation(m.from());
        }
        if (org == null && view.lex.is("org-anaphor", null, head)) {
            org = lastOrganisationBefore(view.start(m.from()));
        }
        if (org != null) {
            return org;
        }
        return byKey.computeIfAbsent("nominal:" + m.name().toLowerCase(Locale.ROOT),
                k -> add(new Cluster(m.type(), m.name(), 0, m.from(), List.of())));
    }

    private boolean standsForLeadingOrganisation(Mention m) {
        for (int i = m.from(); i < m.to(); i++) {
            var noun = view.lex.speakerNoun(view.word(i));
            if (noun.isPresent()) {
                return noun.get().leadingOrganisation();
            }
        }
        return false;
    }

    /**
     * "The company said": the organisation named most often before word {@code before} (the most recent of equals),
     * which in business and wire copy is the one the story is about; null when no organisation was named.
     */
    private Cluster leadingOrganisation(int before) {
        Cluster best = null;
        int bestCount = 0;
        int bestLast = -1;
        for (Cluster c : clusters) {
            if (!c.type.equals("ORGANIZATION") || c.nameWords == 0) {
                continue;
            }
            int count = 0;
            int last = -1;
            for (Span s : c.mentions) {
                int w = view.firstAtOrAfter(s.start());
                if (w < before) {
                    count++;
                    last = Math.max(last, w);
                }
            }
            if (count > bestCount || (count == bestCount && count > 0 && last > bestLast)) {
                best = c;
                bestCount = count;
                bestLast = last;
            }
        }
        return best;
    }

    /**
     * The person with the nominal's role and a compatible gender ("la premier" is not the male prime minister), the
     * one named last before it first: two mayors in one article, "il sindaco" is the one just spoken of.
     */
    private Cluster personWithRole(Mention m) {
        int at = view.start(m.from());
        Cluster best = null;
        int bestAt = Integer.MIN_VALUE;
        for (Cluster c : clusters) {
            if (!c.type.equals("PERSON") || c.role == null || !c.role.endsWith(m.role()) || !compatible(c, m)) {
                continue;
            }
            int last = c.mentions.stream().mapToInt(Span::start).filter(x -> x < at).max()
                    .orElse(Integer.MIN_VALUE + 1);
            if (best == null || last > bestAt) {
                best = c;
                bestAt = last;
            }
        }
        return best;
    }

    /**
     * "George W. Bush … Il Presidente ha continuato": a definite role no one was given stands for the person of a
     * compatible gender named last before it whose role the article does not say.
     */
    private Cluster lastPersonWithoutRole(Mention m) {
        return lastNamedBefore(view.start(m.from()), c -> c.type.equals("PERSON") && c.role == null && compatible(c, m));
    }

    private static boolean compatible(Cluster c, Mention m) {
        return c.gender.equals("x") || m.gender().equals("x") || c.gender.equals(m.gender());
    }

    /** "Confagricoltura … In una nota l'associazione": the organisation named last before a character offset. */
    private Cluster lastOrganisationBefore(int at) {
        return lastNamedBefore(at, c -> c.type.equals("ORGANIZATION"));
    }

    /** The named speaker of {@code kind} mentioned last before character offset {@code at}, or null. */
    private Cluster lastNamedBefore(int at, Predicate<Cluster> kind) {
        Cluster best = null;
        int bestAt = -1;
        for (Cluster c : clusters) {
            if (c.nameWords == 0 || !kind.test(c)) {
                continue;
            }
            for (Span sp : c.mentions) {
                if (sp.start() < at && sp.start() > bestAt) {
                    best = c;
                    bestAt = sp.start();
                }
            }
        }
        return best;
    }

    private static String key(Mention m, Countries countries) {
        return m.type() + ":" + countries.byName(m.name()).orElse(m.name().toLowerCase(Locale.ROOT));
    }

    private static final Pattern NAME_BREAKS = Pattern.compile("[\\s\\-‐]+");

    static Set<String> words(String name) {
        return new HashSet<>(Arrays.asList(NAME_BREAKS.split(name.toLowerCase(Locale.ROOT))));
    }

    Cluster of(Mention m) {
        return byMention.get(m);
    }

    List<Cluster> all() {
        return clusters;
    }

    /** The group speaker of these members, made once per set of members; {@code m} is one of its mentions. */
    Cluster group(List<Cluster> members, Mention m, String conjunction) {
        Set<Cluster> key = new HashSet<>(members);
        Cluster g = groups.computeIfAbsent(key, k -> {
            List<Cluster> ordered = new ArrayList<>(k);
            ordered.sort(Comparator.comparingInt(c -> c.firstWord));
            String name = String.join(" " + conjunction + " ", ordered.stream().map(c -> c.name).toList());
            return add(new Cluster("GROUP", name, 0, m.from(), ordered));
        });
        g.addMention(m, view.span(m.from(), m.to()));
        return g;
    }

    /** The {@code n} people with most mentions (0 = every person with a role, at least two), for "the two leaders". */
    List<Cluster> leadingPeople(int n) {
        List<Cluster> people = new ArrayList<>(clusters.stream().filter(c -> c.type.equals("PERSON")
                && c.nameWords > 0 && !c.mentions.isEmpty()).toList());
        people.sort(Comparator.comparingInt((Cluster c) -> -c.mentions.size()).thenComparingInt(c -> c.firstWord));
        if (n == 0) {
            long withRole = people.stream().filter(c -> c.role != null && c.mentions.size() > 1).count();
            n = (int) Math.max(2, withRole);
        }
        return people.subList(0, Math.min(n, people.size()));
    }
}
