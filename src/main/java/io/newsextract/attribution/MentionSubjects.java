package io.newsextract.attribution;

import io.newsextract.api.PosClass;
import io.newsextract.api.SubjectSlot;
import io.newsextract.attribution.AttributionContext.Subject;
import io.newsextract.quote.SpeechCues;
import io.newsextract.reading.SubjectFinder;

/**
 * The subject of a speech verb as a mention, read from where the {@link SubjectFinder} says it stands: before the
 * verb past auxiliaries, adverbs and insertions (", a spokesman for Y,"), after it when inverted ("said Lee"), the
 * sentence's main subject for a participle clause (else the person who opens the sentence) or a verb joined by a
 * conjunction, the person named right before a participle as the object of a preposition ("footage of X asking"),
 * or none written (pro-drop, or right after a quote).
 */
final class MentionSubjects {

    private static final int INVERSION_WINDOW = 5;
    private static final int NAMED_AFTER_WINDOW = 4;

    private final ReadingView view;
    private final Mention[] mentionAt;
    private final Mention[] titledAt;
    private final Insertions insertions;
    private final SubjectFinder finder;

    /** {@code mentionAt}: the mention covering each word; {@code titledAt}: the mention whose title starts there. */
    MentionSubjects(ReadingView view, Mention[] mentionAt, Mention[] titledAt) {
        this.view = view;
        this.finder = new SubjectFinder(view.reading, view.lex);
        this.mentionAt = mentionAt;
        this.titledAt = titledAt;
        this.insertions = new Insertions(view);
    }

    boolean isCue(int i) {
        return i >= 0 && i < view.size() && !view.quoted(i) && SpeechCues.isSpeechVerb(view.reading, i, view.lex);
    }

    boolean isNonFiniteCue(int i) {
        return isCue(i) && view.lex.verb(view.word(i)).get().nonFinite();
    }

    private Mention mentionAt(int i) {
        return i >= 0 && i < mentionAt.length ? mentionAt[i] : null;
    }

    /** The mention whose title starts at word {@code k} ("Prime Minister Meloni" at "Prime"), else the one there. */
    private Mention ledAt(int k) {
        return titledAt[k] != null ? titledAt[k] : mentionAt[k];
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
            if (m != null && m.from() == i && !view.quoted(i) && (!objectOfPreposition(m) || partitiveHead(m, from))) {
                int j = insertions.skipApposition(m.isNamedPerson()
                        ? insertions.skipPossessed(m.to(), end) : m.to(), sentence);
                // "Veltroni, che di solito è dipinto come …, non può …": a mention that opens the sentence before a
                // subject relative ({@code subject-relative}, none in English) is its subject
                boolean relative = i == from && m.to() + 1 < end && view.word(m.to()).equals(",")
                        && view.isListed(m.to() + 1, PosClass.SUBJECT_RELATIVE);
                if ((j < end && view.isVerb(j)) || relative) {
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
     * "Small groups of protesters continued …": a speaker noun after a preposition whose head noun opens the
     * sentence (past determiners and adjectives) is who the sentence is about when the head is of the
     * language's {@code partitive} class ("groups", "dozens"): it only counts them. Any other head is what the
     * sentence is about ("Photos of protesters circulated"); so is a name's ("Supporters of Trump chanted").
     */
    private boolean partitiveHead(Mention m, int from) {
        int k = beforeDeterminers(m) - 1;
        if (m.kind() != Mention.Kind.NOMINAL || k < from || !view.isListed(k, PosClass.PARTITIVE)
                || view.isCapitalized(k) && k > from || mentionAt(k) != null) {
            return false;
        }
        for (int j = from; j < k; j++) {
            if (!view.is(j, PosClass.DETERMINER) && !view.hasTag(j, PosClass.ADJECTIVE)) {
                return false;
            }
        }
        return true;
    }

    /**
     * "House Speaker Paul Ryan, R-Wis., despite admitting that …": the person named (with or without a title) right at
     * the start of a sentence, past determiners, or null.
     */
    private Mention openingPerson(int sentence) {
        int k = view.sentenceStart(sentence);
        int end = view.sentenceEnd(sentence);
        while (k < end && view.is(k, PosClass.DETERMINER)) {
            k++;
        }
        Mention m = k < end ? ledAt(k) : null;
        return m != null && !view.quoted(k) && m.isNamedPerson() ? m : null;
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
     * Who speaks through the speech verb at word {@code cue}: the agent of a passive ("come dichiarato dal ministro
     * X"), the person a participle follows ("footage of X asking"), else the {@link SubjectFinder}'s answer as a
     * mention.
     */
    Subject subjectOf(int cue) {
        boolean participle = isNonFiniteCue(cue);
        Mention agent = passiveAgent(cue);
        if (agent == null && participle) {
            agent = participleOwner(cue);
        }
        return agent != null ? new Subject(agent, false) : subjectOf(cue, finder.subjectOf(cue, participle));
    }

    /**
     * "footage of Hillary Clinton asking, “…”": a person named right before a participle (no comma between), as the
     * object of a preposition, is who speaks through it, not the sentence's subject ("The ad uses footage").
     */
    private Mention participleOwner(int cue) {
        Mention m = mentionAt(cue - 1);
        return m != null && m.to() == cue && m.isNamedPerson()
                && !view.quoted(m.from()) && objectOfPreposition(m) ? m : null;
    }

    /**
     * "L'ex Ministro è stato accusato di «…»": a passive auxiliary right before the verb (past adverbs); not the noun
     * of the same spelling ("il Dipartimento di Stato dichiara").
     */
    private boolean passive(int cue) {
        int j = cue - 1;
        while (j >= 0 && view.is(j, PosClass.ADVERB)) {
            j--;
        }
        return j >= 0 && view.isListed(j, PosClass.PASSIVE) && !view.hasTag(j, PosClass.NOMINAL);
    }

    /** "come dichiarato dal Ministro degli Interni Giuseppe Pisanu": the person right after an agent preposition. */
    private Mention passiveAgent(int cue) {
        int k = cue + 1;
        if (k >= view.size() || !view.isListed(k, PosClass.AGENT)) {
            return null;
        }
        k++;
        while (k < view.size() && view.is(k, PosClass.DETERMINER)) {
            k++;
        }
        Mention m = k < view.size() ? ledAt(k) : null;
        if (m != null && m.kind() == Mention.Kind.NOMINAL) {
            m = namedAfter(m);
        }
        return m != null && !view.quoted(k) && m.type().equals("PERSON") && m.kind() != Mention.Kind.PRONOUN ? m : null;
    }

    /** "dal portavoce del sindaco Stanislaw Kotarba": the person named a few words after a noun, else the noun. */
    private Mention namedAfter(Mention nominal) {
        for (int j = nominal.to(); j < Math.min(view.size(), nominal.to() + NAMED_AFTER_WINDOW); j++) {
            if (view.isPunct(j) || view.isVerb(j) || view.quoted(j)) {
                break;
            }
            Mention m = mentionAt[j];
            if (m != null && m.isNamedPerson()) {
                return m;
            }
        }
        return nominal;
    }

    /** Who speaks through the speech verb at word {@code cue}, whose subject stands where {@code slot} says. */
    Subject subjectOf(int cue, SubjectSlot slot) {
        if (passive(cue)) {
            return Subject.droppedBefore(view.sentenceStart(view.sentence(cue)));
        }
        int sentence = view.sentence(cue);
        int start = finder.sentenceFrom(cue);
        int j = slot.word();
        return switch (slot.kind()) {
            case SHARED -> {
                Mention m = mainSubject(sentence);
                m = m != null && m.to() <= cue ? m : openingPerson(sentence);
                yield m != null && m.to() <= cue ? new Subject(m, false) : Subject.DROPPED;
            }
            case RELATIVE -> antecedent(j, start);
            case CONJOINED -> {
                Mention m = mainSubject(sentence);
                yield m != null && m.to() <= j ? new Subject(m, false) : Subject.BLOCKED;
            }
            case NONE, AFTER_QUOTE -> {
                Mention right = inverted(cue);
                yield right != null ? new Subject(right, false) : Subject.DROPPED;
            }
            case WORD -> view.isListed(j, PosClass.OBJECT_CLITIC) ? pastObjectPronoun(cue, j, start)
                    : wordBefore(j, cue, start);
        };
    }

    /**
     * "Gianni Morandi, l'ha definito": the person named right before an object pronoun (past a comma) and at the
     * start of the sentence (past determiners and an apposed noun: "L'amico Gianni Morandi,") is the subject, not one
     * after a preposition ("E su Luca Bianchi, l'ha definito": who it is about); else the subject stands where it
     * would without the pronoun ("lo ha paragonato": dropped).
     */
    private Subject pastObjectPronoun(int cue, int pronoun, int start) {
        int k = pronoun - 1;
        if (k > start && view.word(k).equals(",")) {
            k--;
        }
        Mention m = k >= start ? mentionAt(k) : null;
        return m != null && m.isNamedPerson() && !view.quoted(k) && !objectOfPreposition(m) && opensSentence(m)
                ? new Subject(m, false)
                : subjectOf(cue, finder.before(pronoun, start));
    }

    /**
     * Whether only determiners, common nouns, adjectives and conjunctions ("Il concittadino ed amico Gianni Morandi")
     * stand between the mention and the start of its sentence or a punctuation mark.
     */
    private boolean opensSentence(Mention m) {
        int start = view.sentenceStart(view.sentence(m.from()));
        int k = m.lead() - 1;
        while (k >= start && (view.is(k, PosClass.DETERMINER) || view.hasTag(k, PosClass.NOUN)
                || view.hasTag(k, PosClass.ADJECTIVE) || view.hasTag(k, PosClass.LIST_JOINER))) {
            k--;
        }
        return k < start || view.isPunct(k);
    }

    /** "Rossi, leader di X, che ha ribadito": the antecedent of the relative at {@code j} speaks. */
    private Subject antecedent(int j, int start) {
        Mention m = subjectReaching(j, start);
        if (m == null) {
            m = beforeApposition(j - 1, start);
        }
        if (m == null && mentionAt(j - 2) != null && mentionAt(j - 2).kind() != Mention.Kind.PRONOUN) {
            m = mentionAt(j - 2);
        }
        return m != null ? new Subject(m, false) : Subject.BLOCKED;
    }

    /** The mention that ends at the word {@code j} before the verb, or before the insertion that ends there. */
    private Subject wordBefore(int j, int cue, int start) {
        Mention m = mentionAt[j];
        if (m != null && (!m.type().equals("LOCATION") || j == cue - 1)) {
            return new Subject(memberOf(m), false);
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
        if (m == null && view.hasTag(j, PosClass.PRONOUN) && j > start && view.hasTag(j - 1, PosClass.ADPOSITION)) {
            // "secondo quanto ha riferito Padre Bernardo Cervellera": a pronoun after a preposition is no subject, the
            // one after the verb is ("come ha riferito Radio Vaticana," names a source of the report, not who speaks:
            // left blocked)
            Mention right = inverted(cue);
            if (right != null && right.kind() != Mention.Kind.PRONOUN) {
                return new Subject(right, false);
            }
        }
        return Subject.BLOCKED;
    }

    /** The first mention from {@code start} whose insertions (", R-Texas, who led the holdouts,") end at the verb. */
    private Mention subjectReaching(int cue, int start) {
        for (int i = start; i < cue; i++) {
            Mention m = mentionAt[i];
            if (m != null && m.from() == i && !view.quoted(i) && m.kind() != Mention.Kind.PRONOUN
                    && !m.type().equals("LOCATION")) {
                int j = insertions.skipApposition(m.to(), view.sentence(cue));
                if (j == cue || !objectOfPreposition(m) && auxiliariesBefore(j, cue)) {
                    return m;
                }
                i = m.to() - 1;
            }
        }
        return null;
    }

    /**
     * Whether only auxiliaries, adverbs and clitics stand from word {@code j} to the verb {@code cue} ("Il teologo,
     * …, Georg Gänswein, ha proposto": the insertions end at "ha").
     */
    private boolean auxiliariesBefore(int j, int cue) {
        for (int k = j; k < cue; k++) {
            if (!view.isSkippable(k)) {
                return false;
            }
        }
        return j < cue;
    }

    /** "X, a spokesman for Y, said": the mention before the comma that opens the insertion ending at {@code comma}. */
    private Mention beforeApposition(int comma, int start) {
        Mention apposed = mentionAt(comma - 1);
        if (apposed != null && apposed.isNamedPerson()
                && apposed.from() > start && view.word(apposed.from() - 1).equals(",")
                && !namesObjectOfPreposition(apposed.from() - 1)) {
            return apposed;   // "the spokesperson, Rachel Kim, said": the insertion is the name itself
        }
        int open = finder.insertionStart(comma, start);
        Mention m = open < 0 ? null : mentionAt(open - 1);
        return m != null && !m.type().equals("LOCATION") ? memberOf(m) : null;
    }

    /**
     * "Il teologo, durante l'incontro con il segretario del papa, Georg Gänswein, ha proposto": whether the mention
     * before the comma at {@code comma} is the object of a preposition, so the name after the comma is its apposition,
     * not the subject's.
     */
    private boolean namesObjectOfPreposition(int comma) {
        Mention head = mentionAt(comma - 1);
        return head != null && head.kind() != Mention.Kind.PRONOUN && objectOfPreposition(head);
    }

    /**
     * "Ken Tucker di Entertainment Weekly, infine, ha scritto": the person named right before the preposition that
     * leads an organisation speaks for it; so does a role noun before it ("Il presidente di Forza Italia ha
     * confermato", "la senatrice Pd ha detto": the person, not the party); else the mention itself.
     */
    private Mention memberOf(Mention m) {
        if (!m.type().equals("ORGANIZATION")) {
            return m;
        }
        boolean prepositional = objectOfPreposition(m);
        Mention person = mentionAt(prepositional ? beforeDeterminers(m) - 1 : m.lead() - 1);
        if (person == null || view.quoted(person.from())) {
            return m;
        }
        boolean role = person.kind() == Mention.Kind.NOMINAL && person.role() != null;
        return prepositional && person.isNamedPerson() || role ? person : m;
    }

    /** A mention just after the verb, past determiners and capitalised title words: "said Lee", "ha detto il premier". */
    private Mention inverted(int cue) {
        int end = view.sentenceEnd(view.sentence(cue));
        boolean onlyNames = false;
        for (int k = cue + 1; k < Math.min(end, cue + 1 + (onlyNames ? 2 * INVERSION_WINDOW : INVERSION_WINDOW)); k++) {
            Mention m = ledAt(k);
            if (m != null && objectOfPreposition(m)) {
                Mention named = apposedPerson(m);
                if (named != null && !view.quoted(named.from())) {
                    return named;   // "aggiunge il presidente di Codacons, Carlo Rienzi"
                }
                k = m.to() - 1;   // "said in a submission to the government": the object of a preposition is no subject
                onlyNames = true;
                continue;
            }
            if (m != null && !view.quoted(k) && (!onlyNames || m.kind() == Mention.Kind.NOMINAL
                    || m.isNamedPerson())) {
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

    /**
     * "il presidente di Codacons, Carlo Rienzi": the person named right after the comma that follows an organisation
     * or place, when that one is the object of a preposition (the role's affiliation); null otherwise.
     */
    Mention apposedPerson(Mention m) {
        if (m.kind() != Mention.Kind.NAME || m.type().equals("PERSON") || !objectOfPreposition(m) || !afterNoun(m)
                || m.to() + 1 >= view.size() || !view.word(m.to()).equals(",")
                || view.sentence(m.to() + 1) != view.sentence(m.from())) {
            return null;
        }
        Mention next = mentionAt(m.to() + 1);
        return next != null && next.from() == m.to() + 1 && next.kind() == Mention.Kind.NAME
                && next.type().equals("PERSON") ? next : null;
    }

    /** "il capo della Farnesina": a noun before the preposition that the mention follows ("According to X": none). */
    private boolean afterNoun(Mention m) {
        int k = beforeDeterminers(m);
        return k > 0 && view.hasTag(k - 1, PosClass.NOUN) && !view.quoted(k - 1);
    }

    /** Whether a preposition (and determiners) comes right before a mention. */
    boolean objectOfPreposition(Mention m) {
        int k = beforeDeterminers(m);
        return k >= 0 && (view.hasTag(k, PosClass.ADPOSITION) || view.isListed(k, PosClass.ARTICULATED));
    }

    /** The word before a mention and the determiners that lead it ("della Farnesina": "di"); -1 at the start. */
    private int beforeDeterminers(Mention m) {
        int k = m.lead() - 1;
        while (k >= 0 && view.is(k, PosClass.DETERMINER)) {
            k--;
        }
        return k;
    }
}
