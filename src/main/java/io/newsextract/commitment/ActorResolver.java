package io.newsextract.commitment;

import io.newsextract.api.PosClass;
import io.newsextract.api.Document;
import io.newsextract.api.EntityMention;
import io.newsextract.api.Pledge;
import io.newsextract.api.Quote;
import io.newsextract.api.Span;
import io.newsextract.api.Speaker;
import io.newsextract.lexicon.Countries;
import io.newsextract.lexicon.SurfaceToken;
import io.newsextract.lexicon.TokenPattern;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Who commits: the subject words of a pledge's clause resolved to the article's entities and speakers. Group subjects
 * ("the two sides", "i due leader") stand for the two most mentioned countries or people; "I" and "we" inside a quote
 * stand for its speaker (and "we" for the speaker's country when it is known); "they" for the actors of the pledge
 * before. One resolver per document: it counts the article's countries and people once.
 */
final class ActorResolver {

    private final Document doc;
    private final CommitmentLexicon lexicon;
    private final Countries countries;
    private final Map<String, Pledge.Actor> countryNames;
    private final List<Pledge.Actor> topCountries;
    private final List<Pledge.Actor> topPeople;

    ActorResolver(Document doc, CommitmentLexicon lexicon, Countries countries) {
        this.doc = doc;
        this.lexicon = lexicon;
        this.countries = countries;
        this.countryNames = countryNames();
        this.topCountries = topCountries();
        this.topPeople = topPeople();
    }

    /**
     * The actors named in tokens [from, to) of a sentence, or, when there are none, in the sentence before the
     * trigger; {@code quote} is the quote the pledge sits in (or null) and {@code previous} the actors of the pledge
     * before, for "they"; {@code subject} finds the subject in the sentence.
     */
    List<Pledge.Actor> resolve(List<SurfaceToken> tokens, int from, int to, Quote quote, List<Pledge.Actor> previous,
                               ActorSubject subject) {
        List<Pledge.Actor> found = named(tokens, from, to, quote, previous);
        if (found.isEmpty()) {
            found = subjectNoun(tokens, from, to, subject);
        }
        if (found.isEmpty() && from > 0) {
            found = named(tokens, 0, to, quote, previous);
        }
        if (found.isEmpty() && quote != null) {   // a subject-less verb in a quote ("Lavoreremo insieme"): the speaker
            found = speaker(quote).map(s -> List.of(new Pledge.Actor(s.name(), entityId(s.name()), s.id())))
                    .orElse(List.of());
        }
        return found;
    }

    /** The speaker of an attributed quote as the one actor, or nothing when the quote has no speaker. */
    List<Pledge.Actor> speakerOf(Quote quote) {
        return speaker(quote).map(s -> List.of(new Pledge.Actor(s.name(), entityId(s.name()), s.id()))).orElse(List.of());
    }

    /** An unnamed actor noun as subject ("the council", "Labor"): its words from the first capital or the noun. */
    private List<Pledge.Actor> subjectNoun(List<SurfaceToken> tokens, int from, int to, ActorSubject subject) {
        int head = subject.head(from, to);
        if (head < 0 || !lexicon.in("actor", tokens.get(head)) || !lexicon.tagged(PosClass.NOMINAL, tokens.get(head))
                || lexicon.tagged(PosClass.PRONOUN, tokens.get(head))) {
            return List.of();
        }
        int first = head;
        while (first - 1 >= from && lexicon.tagged(PosClass.PROPER, tokens.get(first - 1))) {
            first--;
        }
        String name = doc.text().substring(tokens.get(first).start(), tokens.get(head).end());
        return List.of(new Pledge.Actor(name, entityId(name), speakerId(name)));
    }

    private List<Pledge.Actor> named(List<SurfaceToken> tokens, int from, int to, Quote quote,
                                     List<Pledge.Actor> previous) {
        Span sentence = new Span(tokens.get(0).start(), tokens.get(tokens.size() - 1).end());
        Map<String, Pledge.Actor> out = new LinkedHashMap<>();
        if (from >= to) {
            return List.of();
        }
        for (Map.Entry<String, List<TokenPattern>> g : lexicon.groups().entrySet()) {
            for (TokenPattern p : g.getValue()) {
                if (!p.findAll(tokens.subList(from, to)).isEmpty()) {
                    (g.getKey().equals("countries") ? topCountries : topPeople).forEach(a -> out.putIfAbsent(a.name(), a));
                }
            }
        }
        Span region = new Span(tokens.get(from).start(), tokens.get(to - 1).end());
        for (EntityMention e : doc.entities()) {
            if (region.contains(e.span()) && !e.type().equals("MISC")) {
                Pledge.Actor a = actorFor(e);
                out.putIfAbsent(a.name(), a);
            }
        }
        for (int k = from; k < to; k++) {
            SurfaceToken t = tokens.get(k);
            if (lexicon.in("first-singular", t) && lexicon.tagged(PosClass.NOMINAL, t)) {
                speaker(quote, sentence, region).ifPresent(a -> out.putIfAbsent(a.name(), a));
            } else if (lexicon.in("first-plural", t) && lexicon.tagged(PosClass.NOMINAL, t)) {
                speakerSide(quote, tokens, sentence, region).forEach(a -> out.putIfAbsent(a.name(), a));
            } else if (lexicon.in("third-person", t) && lexicon.tagged(PosClass.NOMINAL, t) && out.isEmpty()) {
                previous.forEach(a -> out.putIfAbsent(a.name(), a));
            }
        }
        return new ArrayList<>(out.values());
    }

    private Pledge.Actor actorFor(EntityMention e) {
        if (e.type().equals("PERSON")) {
            for (Pledge.Actor p : topPeopleAll()) {
                if (sharesLastWord(p.name(), e.text())) {
                    return p;
                }
            }
        }
        return new Pledge.Actor(e.text(), e.id(), speakerId(e.text()));
    }

    /**
     * The quote's speaker; without an attributed quote, the last person the sentence names outside the subject
     * ("…,” Lee said), else the last person named before the sentence.
     */
    private Optional<Pledge.Actor> speaker(Quote quote, Span sentence, Span subject) {
        Optional<Speaker> s = speaker(quote);
        if (s.isPresent()) {
            return Optional.of(new Pledge.Actor(s.get().name(), entityId(s.get().name()), s.get().id()));
        }
        EntityMention best = null;
        for (EntityMention e : doc.entities()) {
            boolean inSentence = sentence.contains(e.span()) && !subject.overlaps(e.span());
            boolean before = e.end() <= sentence.start();
            if (e.type().equals("PERSON") && (inSentence || before && (best == null || best.end() <= sentence.start()))) {
                best = e;
            }
        }
        return Optional.ofNullable(best).map(this::actorFor);
    }

    /**
     * "We": the countries a quote names when it speaks of acting jointly ("Korea and Italy are friendly countries
     * ... we will work together"), else the speaker's country when the speaker has one, else the speaker.
     */
    private List<Pledge.Actor> speakerSide(Quote quote, List<SurfaceToken> tokens, Span sentence, Span subject) {
        List<Pledge.Actor> joint = quote == null ? List.of() : jointCountries(quote, tokens);
        if (joint.size() >= 2) {
            return joint;
        }
        Optional<Speaker> s = speaker(quote);
        if (s.isPresent() && s.get().affiliation() != null) {
            return List.of(new Pledge.Actor(s.get().affiliation(), entityId(s.get().affiliation()), null));
        }
        return speaker(quote, sentence, subject).map(List::of).orElse(List.of());
    }

    /** The countries named in a quote, under their longest names in the article, when the quote says "together". */
    private List<Pledge.Actor> jointCountries(Quote quote, List<SurfaceToken> tokens) {
        boolean jointly = tokens.stream().anyMatch(t -> quote.span().contains(t.span()) && lexicon.in("jointly", t));
        if (!jointly) {
            return List.of();
        }
        Map<String, Pledge.Actor> out = new LinkedHashMap<>();
        for (EntityMention e : doc.entities()) {
            if (quote.span().contains(e.span())) {
                countries.byName(e.text()).ifPresent(c -> out.putIfAbsent(c, countryNames.get(c)));
            }
        }
        return new ArrayList<>(out.values());
    }

    private Optional<Speaker> speaker(Quote quote) {
        if (quote == null || quote.speakerId() == null) {
            return Optional.empty();
        }
        return doc.speakers().stream().filter(s -> s.id().equals(quote.speakerId())).findFirst();
    }

    /** Each country the article names, as an actor under its longest name there ("South Korea" for "Korea"). */
    private Map<String, Pledge.Actor> countryNames() {
        Map<String, EntityMention> longest = new LinkedHashMap<>();
        for (EntityMention e : doc.entities()) {
            countries.byName(e.text()).ifPresent(c ->
                    longest.merge(c, e, (a, b) -> b.text().length() > a.text().length() ? b : a));
        }
        Map<String, Pledge.Actor> out = new LinkedHashMap<>();
        longest.forEach((c, e) -> out.put(c, new Pledge.Actor(e.text(), e.id(), null)));
        return out;
    }

    private List<Pledge.Actor> topCountries() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (EntityMention e : doc.entities()) {
            // whatever type the recogniser gave it ("Corea del Sud" is sometimes an ORG)
            countries.byName(e.text()).ifPresent(c -> counts.merge(c, 1, Integer::sum));
        }
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(2)
                .map(en -> countryNames.get(en.getKey()))
                .toList();
    }

    private List<Pledge.Actor> topPeople() {
        return topPeopleAll().stream().limit(2).toList();
    }

    /** People by mentions, most mentioned first, each under the longest name the article gives them. */
    private List<Pledge.Actor> topPeopleAll() {
        List<EntityMention> persons = doc.entities().stream().filter(e -> e.type().equals("PERSON")).toList();
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, EntityMention> names = new LinkedHashMap<>();
        List<EntityMention> byLength = new ArrayList<>(persons);
        byLength.sort(Comparator.comparingInt((EntityMention e) -> e.text().length()).reversed());
        for (EntityMention e : persons) {
            EntityMention full = byLength.stream().filter(f -> sharesLastWord(f.text(), e.text())).findFirst().orElse(e);
            counts.merge(full.text(), 1, Integer::sum);
            names.putIfAbsent(full.text(), full);
        }
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .map(en -> new Pledge.Actor(en.getKey(), names.get(en.getKey()).id(), speakerId(en.getKey())))
                .toList();
    }

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private static boolean sharesLastWord(String full, String mention) {
        String[] f = SPACES.split(full);
        String[] m = SPACES.split(mention);
        for (String w : f) {
            if (w.equalsIgnoreCase(m[m.length - 1]) || w.equalsIgnoreCase(m[0])) {
                return true;
            }
        }
        return false;
    }

    private String entityId(String name) {
        return doc.entities().stream().filter(e -> e.text().equals(name)).map(EntityMention::id).findFirst().orElse(null);
    }

    private String speakerId(String name) {
        return doc.speakers().stream().filter(s -> s.name().equals(name)).map(Speaker::id).findFirst().orElse(null);
    }
}
