package io.newsextract.attribution;

import io.newsextract.api.PosClass;
import io.newsextract.quote.SpeechCues;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the rules share while one document is attributed: the words, the mentions, the speakers, the quotes already
 * attributed, and the two searches every rule needs — the subject of a speech verb and the most recent speaker a
 * pronoun or a dropped subject can stand for.
 */
final class AttributionContext {

    /** The subject of a speech verb: a mention, or none written ({@code dropped}: pro-drop or right after a quote). */
    record Subject(Mention mention, boolean dropped) {
        static final Subject BLOCKED = new Subject(null, false);
        static final Subject DROPPED = new Subject(null, true);
    }

    /** A resolved speaker and how it was reached: name, nominal, group, pronoun or prodrop. */
    record Resolved(Cluster speaker, String how) {
    }

    /** Words an apposition may run ("X, a former deputy governor of the Bank of Canada who now teaches at Y, said"). */
    private static final int APPOSITION_WINDOW = 25;
    private static final int POSSESSED_WINDOW = 3;
    private static final int INVERSION_WINDOW = 5;
    private static final int SOURCE_WINDOW = 8;
    private static final int PHRASE_WINDOW = 3;

    final ReadingView view;
    final List<QuoteSite> sites;
    final Attribution[] results;
    private final Mention[] mentionAt;
    private final Mention[] titledAt;
    private final SpeakerIndex speakers;
    private final List<Mention> mainSubjects = new ArrayList<>();

    AttributionContext(ReadingView view, List<Mention> mentions, SpeakerIndex speakers, List<QuoteSite> sites) {
        this.view = view;
        this.speakers = speakers;
        this.sites = List.copyOf(sites);
        this.results = new Attribution[sites.size()];
        this.mentionAt = new Mention[view.size()];
        this.titledAt = new Mention[view.size()];
        for (Mention m : mentions) {
            titledAt[m.lead()] = m;
            for (int i = m.from(); i < m.to(); i++) {
                mentionAt[i] = m;
            }
        }
        for (int s = 0; s < view.sentenceCount(); s++) {
            Mention m = mainSubject(s);
            if (m != null && m.kind() != Mention.Kind.PRONOUN) {
                mainSubjects.add(m);
            }
        }
    }

    Mention mentionAt(int i) {
        return i >= 0 && i < mentionAt.length ? mentionAt[i] : null;
    }

    /** The first mention in the phrase after "according to" / "secondo", up to a comma or the sentence end. */
    Mention sourceAfter(int i) {
        int end = Math.min(view.sentenceEnd(view.sentence(Math.min(i, view.size() - 1))), i + SOURCE_WINDOW);
        for (int k = i; k < end && !view.word(k).equals(","); k++) {
            if (mentionAt[k] != null && !view.quoted(k)) {
                return mentionAt[k];
            }
        }
        return null;
    }

    /** "secondo cui", "secondo il quale": a relative right after the phrase ending at {@code after}. */
    boolean relativeFollows(int after) {
        int k = after;
        while (k < view.size() && k < after + 2 && view.hasTag(k, PosClass.DETERMINER)) {
            k++;
        }
        return k < view.size() && view.isListed(k, PosClass.RELATIVE);
    }

    /** What a relative after the phrase at {@code phrase} points back to: "Rossi, secondo cui …" → Rossi, or null. */
    Mention antecedent(int phrase) {
        int j = phrase - 1;
        if (j >= 0 && view.word(j).equals(",")) {
            j--;
        }
        Mention m = mentionAt(j);
        return m != null && m.kind() != Mention.Kind.PRONOUN && !m.type().equals("LOCATION") ? m : null;
    }

    boolean isCue(int i) {
        return i >= 0 && i < view.size() && !view.quoted(i) && SpeechCues.isSpeechVerb(view.reading, i, view.lex);
    }

    boolean isNonFiniteCue(int i) {
        return isCue(i) && view.lex.verb(view.word(i)).get().nonFinite();
    }

    /**
     * The first mention of a sentence, outside quotes, that a verb follows: who the sentence is about. A sentence that
     * opens with a subordinate or participle clause ("Asked whether the company would …, Brennan said") is about the
     * subject after that clause; the owner in "Delaney's Conservatives have led" is who the sentence is about.
     */
    Mention mainSubject(int sentence) {
        int from = view.sentenceStart(sentence);
        int end = view.sentenceEnd(sentence);
        int clauseEnd = openingClauseEnd(from, end);
        Mention inClause = null;
        for (int i = from; i < end; i++) {
            Mention m = mentionAt[i];
            if (m != null && m.from() == i && !view.quoted(i)) {
                int j = skipApposition(m.type().equals("PERSON") && m.kind() == Mention.Kind.NAME
                        ? skipPossessed(m.to(), end) : m.to(), sentence);
                if (j < end && view.isVerb(j)) {
                    if (i > clauseEnd) {
                        return m;
                    }
                    inClause = inClause == null ? m : inClause;
                }
                i = m.to() - 1;
            }
        }
        return inClause;
    }

    /**
     * The comma that closes a clause opening the sentence with a participle, a subordinating word or a preposition
     * ("Asked whether …,", "When …,", "In a statement …,"), or -1 when the sentence opens with its subject.
     */
    private int openingClauseEnd(int from, int end) {
        if (from >= end || mentionAt[from] != null || view.quoted(from)) {
            return -1;
        }
        if (!view.hasTag(from, PosClass.CLAUSE_OPENER)) {
            return -1;
        }
        for (int k = from + 1; k < end; k++) {
            if (view.word(k).equals(",") && !view.quoted(k)) {
                return k;
            }
        }
        return -1;
    }

    /**
     * Past "'s Conservatives" after a person's name: the words of the thing owned, up to a few nouns — not a speaker
     * ("Trump's spokeswoman said": the spokeswoman speaks), where it stops.
     */
    private int skipPossessed(int j, int end) {
        if (j >= end || !(view.word(j).equals("'s") || view.word(j).equals("’s"))) {
            return j;
        }
        int k = j + 1;
        while (k < end && k <= j + POSSESSED_WINDOW && !view.isVerb(k) && !view.isPunct(k)
                && !view.lex.isSpeakerNoun(view.word(k)) && !view.lex.isTitleHead(view.word(k))
                && (view.hasTag(k, PosClass.PROPER) || view.hasTag(k, PosClass.NOUN)
                || view.hasTag(k, PosClass.ADJECTIVE))) {
            k++;
        }
        return k;
    }

    /** Skips auxiliaries, adverbs and up to two ", … ," or "( … )" insertions after word {@code j}. */
    private int skipApposition(int j, int sentence) {
        int end = view.sentenceEnd(sentence);
        while (j < end && view.isSkippable(j) && !view.isVerb(j)) {
            j++;
        }
        j = skipShortPhrase(j, end);
        for (int insertion = 0; insertion < 2 && j < end && (view.word(j).equals(",") || view.word(j).equals("("));
             insertion++) {
            String close = view.word(j).equals(",") ? "," : ")";
            int from = j;
            for (int k = j + 1; k < Math.min(end, j + APPOSITION_WINDOW); k++) {
                if (view.word(k).equals(close) && !view.quoted(k)) {
                    // ", R-Texas, who led the holdouts, said": the comma that closes one insertion opens the next
                    boolean chained = close.equals(",") && k + 1 < end && !view.isVerb(k + 1) && !view.isSkippable(k + 1);
                    j = chained ? k : k + 1;
                    break;
                }
            }
            if (j == from) {
                break;
            }
        }
        while (j < end && view.isSkippable(j) && !view.isVerb(j)) {
            j++;
        }
        if (j + 1 < end && view.word(j).equals(",") && view.isVerb(j + 1)) {
            j++;
        }
        return j;
    }

    /**
     * "Okafor of Illinois", "Hale on Tuesday": a preposition and up to {@value #PHRASE_WINDOW} words with no verb or
     * punctuation, when a verb, a comma or a parenthesis follows them; else {@code j} itself.
     */
    private int skipShortPhrase(int j, int end) {
        if (j >= end || !view.hasTag(j, PosClass.ADPOSITION)) {
            return j;
        }
        for (int k = j + 1; k < Math.min(end, j + 2 + PHRASE_WINDOW); k++) {
            if (view.isVerb(k) || view.word(k).equals(",") || view.word(k).equals("(")) {
                return k;
            }
            if (view.isPunct(k) || view.quoted(k)) {
                return j;
            }
        }
        return j;
    }

    /** Who speaks through the speech verb at word {@code cue}. */
    Subject subjectOf(int cue) {
        int sentence = view.sentence(cue);
        if (isNonFiniteCue(cue)) {
            Mention m = mainSubject(sentence);
            return m != null && m.to() <= cue ? new Subject(m, false) : Subject.DROPPED;
        }
        int start = view.sentenceStart(sentence);
        if (start > 0 && view.word(start).equals(",")) {
            start = view.sentenceStart(sentence - 1);   // "Burgess, R-S.C., said": a split after an abbreviation
        }
        int j = cue - 1;
        while (j >= start && view.isSkippable(j)) {
            j--;
        }
        if (j >= start && view.word(j).equals(")")) {
            while (j >= start && !view.word(j).equals("(")) {
                j--;
            }
            j--;
        }
        if (j > start && (view.word(j).equals(",") || isDash(view.word(j))) && view.quoted(j - 1)) {
            j--;
        }
        if (j > start + 1 && view.word(j - 1).equals(",") && view.isListed(j, PosClass.SUBJECT_RELATIVE)) {
            Mention m = subjectReaching(j, start);   // "Rossi, leader di X, che ha ribadito": the antecedent speaks
            if (m == null) {
                m = beforeApposition(j - 1, start);
            }
            if (m == null && mentionAt(j - 2) != null && mentionAt(j - 2).kind() != Mention.Kind.PRONOUN) {
                m = mentionAt(j - 2);
            }
            return m != null ? new Subject(m, false) : Subject.BLOCKED;
        }
        if (j > start && view.lex.isClauseConjunction(view.word(j))) {
            Mention m = mainSubject(sentence);
            return m != null && m.to() <= j ? new Subject(m, false) : Subject.BLOCKED;
        }
        if (j < start || view.quoted(j)) {
            Mention right = inverted(cue);
            return right != null ? new Subject(right, false) : Subject.DROPPED;
        }
        Mention m = mentionAt[j];
        if (m != null && (!m.type().equals("LOCATION") || j == cue - 1)) {
            return new Subject(m, false);
        }
        if (view.word(j).equals(",")) {
            Mention before = beforeApposition(j, start);
            Mention subject = subjectReaching(cue, start);
            boolean apposedName = before != null && before.to() == j && before.type().equals("PERSON");
            if (subject != null && !apposedName) {
                before = subject;
            }
            if (before != null) {
                return new Subject(before, false);
            }
            Mention right = inverted(cue);
            return right != null ? new Subject(right, false) : Subject.BLOCKED;
        }
        return Subject.BLOCKED;
    }

    private static boolean isDash(String w) {
        return w.equals("—") || w.equals("–");
    }

    /** The first mention from {@code start} whose insertions (", R-Texas, who led the holdouts,") end at the verb. */
    private Mention subjectReaching(int cue, int start) {
        for (int i = start; i < cue; i++) {
            Mention m = mentionAt[i];
            if (m != null && m.from() == i && !view.quoted(i) && m.kind() != Mention.Kind.PRONOUN
                    && !m.type().equals("LOCATION")) {
                if (skipApposition(m.to(), view.sentence(cue)) == cue) {
                    return m;
                }
                i = m.to() - 1;
            }
        }
        return null;
    }

    /** "X, a spokesman for Y, said": the mention before the comma that opens the insertion ending at {@code comma}. */
    private Mention beforeApposition(int comma, int start) {
        Mention apposed = mentionAt(comma - 1);
        if (apposed != null && apposed.kind() == Mention.Kind.NAME && apposed.type().equals("PERSON")
                && apposed.from() > start && view.word(apposed.from() - 1).equals(",")) {
            return apposed;   // "the spokesperson, Rachel Kim, said": the insertion is the name itself
        }
        for (int k = comma - 1; k > Math.max(start, comma - APPOSITION_WINDOW); k--) {
            if (view.quoted(k)) {
                return null;
            }
            if (view.word(k).equals(",")) {
                Mention m = mentionAt(k - 1);
                return m != null && !m.type().equals("LOCATION") ? m : null;
            }
        }
        return null;
    }

    /** A mention just after the verb, past determiners and capitalised title words: "said Lee", "ha detto il premier". */
    private Mention inverted(int cue) {
        int end = view.sentenceEnd(view.sentence(cue));
        boolean onlyNames = false;
        for (int k = cue + 1; k < Math.min(end, cue + 1 + (onlyNames ? 2 * INVERSION_WINDOW : INVERSION_WINDOW)); k++) {
            Mention m = titledAt[k] != null ? titledAt[k] : mentionAt[k];
            if (m != null && objectOfPreposition(m)) {
                k = m.to() - 1;   // "said in a submission to the government": the object of a preposition is no subject
                onlyNames = true;
                continue;
            }
            if (m != null && !view.quoted(k) && (!onlyNames || m.kind() == Mention.Kind.NOMINAL
                    || m.kind() == Mention.Kind.NAME && m.type().equals("PERSON"))) {
                return subjectOfClause(m) ? null : m;
            }
            boolean passable = view.is(k, PosClass.DETERMINER) || view.isSkippable(k)
                    || (view.isCapitalized(k) && !view.isPunct(k));
            if (!passable && !view.isPunct(k) && !view.isVerb(k) && !view.quoted(k)) {
                onlyNames = true;   // "said state Senate President Warren Tate": a lowercase word may lead a title
                continue;
            }
            if (!passable || view.quoted(k)) {
                return null;
            }
        }
        return null;
    }

    /** "said the group had won …": a finite verb right after the mention makes it the subject of what was said. */
    private boolean subjectOfClause(Mention m) {
        int k = m.to();
        while (k < view.size() && view.isSkippable(k) && !view.hasTag(k, PosClass.FINITE_VERB)) {
            k++;
        }
        return k < view.size() && view.hasTag(k, PosClass.FINITE_VERB);
    }

    /** Whether a preposition (and determiners) comes right before a mention. */
    private boolean objectOfPreposition(Mention m) {
        int k = m.from() - 1;
        while (k >= 0 && view.is(k, PosClass.DETERMINER)) {
            k--;
        }
        return k >= 0 && view.hasTag(k, PosClass.ADPOSITION);
    }

    /** Turns a subject into a speaker; {@code at} is the word the subject must precede when it has to be looked up. */
    Optional<Resolved> resolve(Subject subject, int at) {
        Mention m = subject.mention();
        if (m == null) {
            return subject.dropped() ? recent(at, null).map(c -> new Resolved(c, "prodrop")) : Optional.empty();
        }
        return switch (m.kind()) {
            case NAME -> Optional.ofNullable(speakers.of(m)).map(c -> new Resolved(c, "name"));
            case NOMINAL -> Optional.ofNullable(speakers.of(m)).map(c -> new Resolved(c, "nominal"));
            case PRONOUN -> recent(m.from(), m).map(c -> new Resolved(c, "pronoun"));
            case GROUP -> group(m).map(c -> new Resolved(c, "group"));
        };
    }

    private Optional<Cluster> group(Mention m) {
        List<Cluster> members = new ArrayList<>();
        if (m.parts().isEmpty()) {
            members.addAll(speakers.leadingPeople(m.groupSize()));
        }
        for (Mention p : m.parts()) {
            Optional<Cluster> c = p.kind() == Mention.Kind.PRONOUN ? recent(p.from(), p)
                    : Optional.ofNullable(speakers.of(p));
            c.filter(x -> !members.contains(x)).ifPresent(members::add);
        }
        return members.size() < 2 ? Optional.empty()
                : Optional.of(speakers.group(members, m, view.lex.conjunction()));
    }

    /**
     * The most recent speaker before word {@code at} that a pronoun can stand for: the speaker of an earlier quote or
     * the subject of an earlier sentence, whichever is closer; a singular personal pronoun wants a person of a
     * compatible gender, a plural one a group or an organisation. {@code pronoun} null: a dropped subject.
     */
    Optional<Cluster> recent(int at, Mention pronoun) {
        int bestAt = -1;
        Cluster best = null;
        for (int k = 0; k < sites.size(); k++) {
            if (results[k] != null && sites.get(k).first() < at && sites.get(k).first() > bestAt
                    && compatible(results[k].speaker(), pronoun)) {
                bestAt = sites.get(k).first();
                best = results[k].speaker();
            }
        }
        for (Mention m : mainSubjects) {
            if (m.from() < at && m.from() > bestAt) {
                Optional<Cluster> c = m.kind() == Mention.Kind.GROUP ? group(m) : Optional.ofNullable(speakers.of(m));
                if (c.isPresent() && compatible(c.get(), pronoun)) {
                    bestAt = m.from();
                    best = c.get();
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private static boolean compatible(Cluster c, Mention pronoun) {
        if (pronoun == null) {
            return !c.type.equals("LOCATION");
        }
        if (pronoun.isPlural()) {
            return c.isGroup() || c.type.equals("ORGANIZATION") || c.gender.equals(Mention.PLURAL);
        }
        return c.type.equals("PERSON") && !c.gender.equals(Mention.PLURAL) && (c.gender.equals("x")
                || pronoun.gender().equals("x") || c.gender.equals(pronoun.gender()));
    }

    /** The named person with the most mentions in the article, if any. */
    Optional<Cluster> mostMentionedPerson() {
        return speakers.leadingPeople(1).stream().findFirst();
    }

    /** The attribution of the nearest earlier quote that has one, if it satisfies {@code same}. */
    Optional<Attribution> previous(QuoteSite site, java.util.function.Predicate<QuoteSite> same) {
        for (int k = site.index() - 1; k >= 0; k--) {
            QuoteSite other = sites.get(k);
            if (!same.test(other)) {
                return Optional.empty();
            }
            if (results[k] != null && !other.quote().kind().equals("indirect")) {
                return Optional.of(results[k]);
            }
        }
        return Optional.empty();
    }
}
