package io.newsextract.attribution;

import io.newsextract.api.SubjectSlot;
import io.newsextract.quote.SpeechCues;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the rules share while one document is attributed: the words, the mentions, the speakers, the quotes already
 * attributed, and the two searches every rule needs — the subject of a speech verb ({@link MentionSubjects}) and the
 * most recent speaker a pronoun or a dropped subject can stand for.
 */
final class AttributionContext {

    /**
     * The subject of a speech verb: a mention, or none written ({@code dropped}: pro-drop or right after a quote),
     * then looked up among the speakers before word {@code before} (a passive's: before its sentence) as well as before
     * the quote.
     */
    record Subject(Mention mention, boolean dropped, int before) {
        static final Subject BLOCKED = new Subject(null, false);
        static final Subject DROPPED = new Subject(null, true);

        Subject(Mention mention, boolean dropped) {
            this(mention, dropped, Integer.MAX_VALUE);
        }

        /** A dropped subject looked up before word {@code before}: the passive's ("è stato accusato di"). */
        static Subject droppedBefore(int before) {
            return new Subject(null, true, before);
        }
    }

    /** A resolved speaker and how it was reached: name, nominal, group, pronoun or prodrop. */
    record Resolved(Cluster speaker, String how) {
    }

    private static final int SOURCE_WINDOW = 8;

    final ReadingView view;
    final List<QuoteSite> sites;
    final Attribution[] results;
    final List<Mention> mentions;
    private final Mention[] mentionAt;
    private final MentionSubjects subjects;
    private final SpeakerIndex speakers;
    private final List<Mention> mainSubjects = new ArrayList<>();

    AttributionContext(ReadingView view, List<Mention> mentions, SpeakerIndex speakers, List<QuoteSite> sites) {
        this.view = view;
        this.speakers = speakers;
        this.sites = List.copyOf(sites);
        this.results = new Attribution[sites.size()];
        this.mentions = List.copyOf(mentions);
        this.mentionAt = new Mention[view.size()];
        Mention[] titledAt = new Mention[view.size()];
        for (Mention m : mentions) {
            titledAt[m.lead()] = m;
            for (int i = m.from(); i < m.to(); i++) {
                mentionAt[i] = m;
            }
        }
        this.subjects = new MentionSubjects(view, mentionAt, titledAt);
        for (int s = 0; s < view.sentenceCount(); s++) {
            Mention m = subjects.mainSubject(s);
            m = m != null ? m : introduced(s);
            if (m != null && m.kind() != Mention.Kind.PRONOUN) {
                mainSubjects.add(m);
            }
        }
    }

    /**
     * "Ha infine preso la parola Umberto Bossi:" — in a sentence that opens with its verb and has no subject before a
     * verb, a person named right before its first colon is introduced, and is then who the sentence is about.
     */
    private Mention introduced(int sentence) {
        int first = view.sentenceStart(sentence);
        int end = view.sentenceEnd(sentence);
        while (first < end && view.isSkippable(first) && !view.isVerb(first)) {
            first++;
        }
        if (first >= end || !view.isVerb(first)) {
            return null;   // only a sentence that opens with its verb, the subject after it
        }
        int colon = first;
        while (colon < end && !(view.word(colon).equals(":") && !view.quoted(colon))) {
            colon++;
        }
        Mention m = colon < end ? mentionAt(colon - 1) : null;
        return m != null && m.to() == colon && m.isNamedPerson()
                && !view.quoted(m.from()) && !subjects.objectOfPreposition(m) ? m : null;
    }

    Mention mentionAt(int i) {
        return i >= 0 && i < mentionAt.length ? mentionAt[i] : null;
    }

    /** The first mention in the phrase after "according to" / "secondo", up to a comma or the sentence end. */
    Mention sourceAfter(int i) {
        int end = Math.min(view.sentenceEnd(view.sentence(Math.min(i, view.size() - 1))), i + SOURCE_WINDOW);
        for (int k = i; k < end && !view.word(k).equals(","); k++) {
            if (mentionAt[k] != null && !view.quoted(k)) {
                Mention named = subjects.apposedPerson(mentionAt[k]);
                return named != null ? named : mentionAt[k];   // "secondo il capo della Farnesina, Massimo D'Alema"
            }
        }
        return null;
    }

    /** "secondo cui", "secondo il quale": a relative right after the phrase ending at {@code after}. */
    boolean relativeFollows(int after) {
        return SpeechCues.relativeAfter(view.reading, after, view.size()) >= 0;
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

    /** The first mention of sentence {@code s} that a verb follows (see {@link MentionSubjects#mainSubject}). */
    Mention mainSubject(int s) {
        return subjects.mainSubject(s);
    }

    /** Whether a preposition (past determiners) comes right before the mention: "della Farnesina", "by Reuters". */
    boolean afterPreposition(Mention m) {
        return subjects.objectOfPreposition(m);
    }

    /** A speech verb outside quotes at word {@code i}. */
    boolean isCue(int i) {
        return subjects.isCue(i);
    }

    /** Whether a speech verb outside quotes stands in words [{@code from}, {@code to}). */
    boolean cueBetween(int from, int to) {
        for (int i = from; i < to; i++) {
            if (isCue(i)) {
                return true;
            }
        }
        return false;
    }

    /** A participle-clause speech verb ("adding", "aggiungendo") outside quotes at word {@code i}. */
    boolean isNonFiniteCue(int i) {
        return subjects.isNonFiniteCue(i);
    }

    /** Who speaks through the speech verb at word {@code cue} (see {@link MentionSubjects#subjectOf}). */
    Subject subjectOf(int cue) {
        return subjects.subjectOf(cue);
    }

    /** Who speaks through the speech verb at word {@code cue}, whose subject the reading's cue candidate placed. */
    Subject subjectOf(int cue, SubjectSlot slot) {
        return subjects.subjectOf(cue, slot);
    }


    /** Turns a subject into a speaker; {@code at} is the word the subject must precede when it has to be looked up. */
    Optional<Resolved> resolve(Subject subject, int at) {
        Mention m = subject.mention();
        if (m == null) {
            return subject.dropped() ? recent(Math.min(at, subject.before()), null, true)
                    .map(c -> new Resolved(c, "prodrop")) : Optional.empty();
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
        return recent(at, pronoun, false);
    }

    /**
     * As {@link #recent(int, Mention)}; {@code sentenceSubjects}: a sentence's main subject counts as standing at the
     * sentence's end, so a dropped subject continues who the sentence before is about rather than the speaker of a
     * quote inside it ("Il teologo … ha proposto …, e Ratzinger ha risposto che «…». Ha poi aggiunto:" → il teologo).
     */
    private Optional<Cluster> recent(int at, Mention pronoun, boolean sentenceSubjects) {
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
            int where = sentenceSubjects ? Math.min(at - 1, view.sentenceEnd(view.sentence(m.from())) - 1) : m.from();
            if (m.from() < at && where > bestAt) {
                Optional<Cluster> c = m.kind() == Mention.Kind.GROUP ? group(m) : Optional.ofNullable(speakers.of(m));
                if (c.isPresent() && compatible(c.get(), pronoun)) {
                    bestAt = where;
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
