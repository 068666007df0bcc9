package io.newsextract.quote;

import io.newsextract.api.PosClass;
import io.newsextract.api.Quote;
import io.newsextract.api.Span;
import io.newsextract.api.SpeechCue;
import io.newsextract.api.SubjectSlot;
import io.newsextract.lexicon.SpeechLexicon;

import java.util.ArrayList;
import java.util.List;

/**
 * The speech cues of one sentence, the content each reports and where its verb's subject stands (asked of the shared
 * {@link io.newsextract.reading.SubjectFinder} once, and kept in the cue), by named rules: {@value #HEADLINE} ("Source:
 * content", the first sentence only, when a language turns it on), {@value #ACCORDING_TO} ("according to X, content"),
 * and at each speech verb {@value #TRAILING_CUE} ("content, X said"), {@value #BETWEEN_COMMAS} (the other part of a
 * content the cue splits: "The museum, Mr. Bush said, celebrated …") and {@value #CONTENT_AFTER} ("X said (that)
 * content").
 */
final class CueFinder {

    static final String ACCORDING_TO = "cue-according-to";
    static final String TRAILING_CUE = "cue-trailing";
    static final String CONTENT_AFTER = "cue-content-after";
    /**
     * "Pence: Gennifer Flowers Won't Be at Debate": a headline that opens with a named source and a colon reports
     * what follows the colon (the article's first sentence; a language turns it on in reported-speech.properties).
     */
    static final String HEADLINE = "cue-headline";
    /**
     * "The museum, Mr. Bush said, celebrated several of his heroes": a cue set between commas inside the sentence
     * splits its content in two, and this rule reports the part that {@value #TRAILING_CUE} does not (PolNeAR counts
     * both).
     */
    static final String BETWEEN_COMMAS = "cue-between-commas";
    /** Drops a speech verb that has no subject before it (nor a shared one). */
    static final String NO_SUBJECT = "cue-no-subject";
    /** Drops a speech verb that attributes a direct or partial quote: attribution reads it, not reported speech. */
    static final String ATTRIBUTES_QUOTE = "cue-attributes-quote";
    /** Drops a cue whose content is shorter than {@value #MIN_CONTENT_WORDS} words. */
    static final String SHORT_CONTENT = "cue-short-content";

    private static final int MIN_CONTENT_WORDS = 3;
    private static final int TRAILING_CUE_WINDOW = 8;
    private static final int APPOSED_NAME_WORDS = 4;
    private static final int HEADLINE_SOURCE_WORDS = 7;
    /** How far past a speech verb a prepositional phrase may run before the pronoun that opens its content. */
    private static final int PHRASE_WORDS = 5;

    /** A candidate the finder rejected: the rule that did, what it covers (the content, or the verb) and why. */
    record Rejected(String rule, Span span, String why) {
    }

    private final SentenceWords s;
    /** The spans of the document's people and organisations when headlines may name a source, else null. */
    private final List<Span> named;
    private final List<Rejected> rejected = new ArrayList<>();

    CueFinder(SentenceWords s) {
        this(s, null);
    }

    /**
     * With {@code named} (the spans of the document's people and organisations; null to read no headline), the first
     * sentence of the document may be a headline that names its source ({@link #HEADLINE}).
     */
    CueFinder(SentenceWords s, List<Span> named) {
        this.s = s;
        this.named = named;
    }

    /** The candidates {@link #find} rejected, in the order it met them. */
    List<Rejected> rejected() {
        return rejected;
    }

    /**
     * The reported contents of the sentence, trying the rules in order at each speech verb: a sentence may report two
     * things ("X said that A and warned that B"); each content then ends where the next verb's clause begins.
     */
    List<SpeechCue> find(List<Quote> quotes) {
        List<SpeechCue> found = new ArrayList<>();
        SpeechCue headline = named != null && s.from == 0 ? headline() : null;
        SpeechCue according = headline == null ? accordingTo() : null;
        if (headline != null) {
            found.add(headline);
        }
        if (according != null) {
            found.add(according);
        }
        for (int k = 0; headline == null && according == null && k < s.size; k++) {
            var verb = s.lex.verb(s.word(k));
            if (verb.isEmpty() || !s.isSpeechVerb(k)) {
                continue;
            }
            SubjectSlot subject = s.subjects.subjectOf(s.from + k, verb.get().nonFinite());
            // "Napolitano, che ha sottolineato come …": a relative clause's verb reports when a complementizer outside
            // its content opens it (what it introduces otherwise is mostly a request: "che ha ribadito la richiesta
            // di …", "che ha chiesto al governo di accelerare")
            SpeechCue clause = subject.kind() == SubjectSlot.Kind.RELATIVE ? contentAfter(k, false, subject) : null;
            boolean relativeReports = clause != null && !opensWithContentComplementizer(clause.content());
            if (!relativeReports && !SubjectCheck.hasSubject(s, k, subject)) {
                rejected.add(new Rejected(NO_SUBJECT, s.span(k), "'" + s.word(k) + "' has no subject"));
                continue;
            }
            if (SubjectCheck.attributesQuote(s, quotes, k)) {
                rejected.add(new Rejected(ATTRIBUTES_QUOTE, s.span(k), "'" + s.word(k) + "' attributes a quote"));
                continue;
            }
            List<SpeechCue> trailing = verb.get().nonFinite() || !found.isEmpty() ? List.of() : trailingCue(k, subject);
            SpeechCue c = trailing.isEmpty() ? null : trailing.get(0);
            if (c == null) {
                c = contentAfter(k, verb.get().reports(), subject);
            }
            if (c != null && !found.isEmpty()) {
                SpeechCue prev = found.get(found.size() - 1);
                if (c.content().start() < prev.content().end()) {
                    cutBefore(found, CueContent.clauseStart(s, k));
                }
            }
            if (c != null) {
                found.addAll(trailing.isEmpty() ? List.of(c) : trailing);
            } else if (!found.isEmpty()) {
                endBeforeCoordinatedClause(found, k, subject);
            }
        }
        found.removeIf(c -> {
            boolean tooShort = c.content().length() == 0 || tooShort(c.content()) && !split(found, c.cue());
            if (tooShort) {
                rejected.add(new Rejected(SHORT_CONTENT, c.content().length() == 0 ? c.cue() : c.content(),
                        c.rule() + " content under " + MIN_CONTENT_WORDS + " words"));
            }
            return tooShort;
        });
        return found;
    }

    /**
     * Ends the last content where the next verb's clause begins, at {@code cut}; a content left under {@value
     * #MIN_CONTENT_WORDS} words is dropped at once, even a part of a content its cue splits ("The plan was sound, the
     * minister said, she told colleagues that …" leaves no "she").
     */
    private void cutBefore(List<SpeechCue> found, int cut) {
        SpeechCue prev = found.get(found.size() - 1);
        Span content = s.trim(prev.content().start(), Math.max(prev.content().start(), cut));
        if (tooShort(content)) {
            found.remove(found.size() - 1);
            rejected.add(new Rejected(SHORT_CONTENT, content.length() == 0 ? prev.cue() : content,
                    prev.rule() + " content under " + MIN_CONTENT_WORDS + " words before the next verb's clause"));
        } else {
            found.set(found.size() - 1, new SpeechCue(prev.cue(), content, prev.rule(), prev.subject()));
        }
    }

    /** Whether a content is empty or under {@value #MIN_CONTENT_WORDS} words. */
    private boolean tooShort(Span content) {
        return content.length() == 0 || s.countWords(content) < MIN_CONTENT_WORDS;
    }

    /** Whether the cue reports a content it splits ({@link #BETWEEN_COMMAS}): each part may be short ("The museum"). */
    private static boolean split(List<SpeechCue> found, Span cue) {
        return found.stream().anyMatch(c -> c.rule().equals(BETWEEN_COMMAS) && c.cue().equals(cue));
    }

    /**
     * "Republicans said they're convinced the department mishandled the investigation and Democrats accused the GOP
     * of …": a speech verb with a subject of its own after a conjunction opens a clause that the content before it
     * does not run into, even when the verb reports no content of its own; the last content ends at the conjunction.
     */
    private void endBeforeCoordinatedClause(List<SpeechCue> found, int k, SubjectSlot subject) {
        SpeechCue prev = found.get(found.size() - 1);
        if (subject.kind() != SubjectSlot.Kind.WORD || !prev.content().contains(s.span(k))) {
            return;
        }
        int j = subject.word() - s.from;
        if (j >= k || j < k - APPOSED_NAME_WORDS) {
            return;
        }
        while (j > 0 && (s.is(j - 1, PosClass.NOMINAL) || s.is(j - 1, PosClass.DETERMINER)
                || s.is(j - 1, PosClass.ADJECTIVE))) {
            j--;
        }
        if (j > 0 && SubjectCheck.isConjunction(s, j - 1) && s.start(j - 1) > prev.content().start()) {
            found.set(found.size() - 1, new SpeechCue(prev.cue(), s.trim(prev.content().start(), s.start(j - 1)),
                    prev.rule(), prev.subject()));
        }
    }

    /**
     * "Pence: content" — a colon after a few words that name a person, an organisation or a speaker noun; the cue is
     * the colon, and its subject the first such word (attribution reads the source there).
     */
    private SpeechCue headline() {
        for (int c = 1; c <= HEADLINE_SOURCE_WORDS && c < s.size - MIN_CONTENT_WORDS; c++) {
            if (!s.word(c).equals(":")) {
                continue;
            }
            for (int j = 0; j < c; j++) {
                Span word = s.span(j);
                if (named.stream().anyMatch(n -> n.contains(word)) || s.lex.isSpeakerNoun(s.word(j))) {
                    return new SpeechCue(s.span(c), s.trim(s.start(c + 1), s.end(s.size - 1)), HEADLINE,
                            new SubjectSlot(SubjectSlot.Kind.WORD, s.from + j));   // the source speaks
                }
            }
            return null;
        }
        return null;
    }

    /** "According to X, content." or "Content, according to X." */
    private SpeechCue accordingTo() {
        int last = s.size - 1;
        for (int k = 0; k < s.size; k++) {
            int end = s.accordingToAt(k);
            if (end < 0) {
                continue;
            }
            Span cue = new Span(s.start(k), s.end(end - 1));
            int relative = s.relativeAfter(end);
            if (relative > 0 && relative + 1 < s.size) {   // "Rossi, secondo cui content."
                return new SpeechCue(cue, s.trim(s.start(relative + 1), s.end(last)), ACCORDING_TO, null);
            }
            if (k > 0 && s.isComma(k - 1) && k - 1 >= MIN_CONTENT_WORDS && !leadsIn(k - 1)) {
                return new SpeechCue(cue, s.trim(s.start(0), s.start(k - 1)), ACCORDING_TO, null);
            }
            for (int j = end; j < s.size; j++) {
                if (s.isComma(j)) {
                    j = pastApposedName(j);
                    return new SpeechCue(cue, s.trim(s.end(j), s.end(s.contentEnd(j + 1) - 1)), ACCORDING_TO, null);
                }
            }
        }
        return null;
    }

    /**
     * Whether the words before the comma at {@code comma} only lead into the sentence, so that an "according to" phrase
     * after it introduces the content after it: they hold no verb ("In due casi, secondo gli ermellini, le
     * testimonianze sono state …"). A complementizer before the comma is no sign: Italian "che" is also the relative of
     * "una parola che, secondo il sindacalista, «…»".
     */
    private boolean leadsIn(int comma) {
        for (int j = 0; j < comma; j++) {
            if (s.hasTag(j, PosClass.VERB)) {
                return false;
            }
        }
        return true;
    }

    /** "Stando al presidente dell'Anm, Cesare Pellegrino, content": the comma after a name set between commas. */
    private int pastApposedName(int comma) {
        int k = comma + 1;
        while (k < s.size && k <= comma + APPOSED_NAME_WORDS && s.hasTag(k, PosClass.PROPER)) {
            k++;
        }
        return k > comma + 1 && k < s.size && s.isComma(k) ? k : comma;
    }

    /**
     * "Content, X said." — the cue and its subject close the sentence (or its clause) after a comma; empty when they
     * do not. Set between commas in the middle of the sentence, the cue splits its content ({@link #betweenCommas}), or
     * it closes the words before it when only a phrase or another clause follows ("…, the government said on Thursday,
     * a boost for …", "…, said Brian Baker, a longtime consultant").
     */
    private List<SpeechCue> trailingCue(int k, SubjectSlot subject) {
        int comma = -1;
        for (int j = k - 1; j >= Math.max(0, k - 5); j--) {
            if (s.isComma(j)) {
                comma = j;
                break;
            }
        }
        boolean introducesQuote = s.word(s.size - 1).equals(":");
        boolean inverted = k + 1 < s.size && s.hasTag(k + 1, PosClass.PROPER)
                || k + 2 < s.size && s.is(k + 1, PosClass.DETERMINER)
                && SubjectCheck.isSpeakerWord(s, k + 2);   // "said the spokesman", not "criticized the decision"
        boolean subjectBetween = false;
        for (int j = comma + 1; j >= 1 && j < k; j++) {
            subjectBetween |= !s.isSkippable(j) && SubjectCheck.isSpeakerWord(s, j);
        }
        if (comma >= 0 && !subjectBetween && !inverted) {
            return List.of();   // "The NCAA, which …, did not respond": the comma closes an insertion after the subject
        }
        if (comma >= 0 && !plainSubject(comma + 1, k) && !inverted) {
            return List.of();
        }
        if (comma >= 0 && SubjectCheck.isConjunction(s, comma + 1) && k + MIN_CONTENT_WORDS < s.size - 1) {
            return List.of();   // "…, but Shelby said he refused to follow her commands": the cue opens a clause
        }
        int clauseEnd = nextComma(k);
        boolean midSentence = clauseEnd < s.size - 2;
        boolean apposed = inverted && comma == k - 1 && apposedName(k + 1, clauseEnd);
        if (midSentence && !apposed
                && !(plainSubject(comma + 1, k) && (k + 1 == clauseEnd || s.is(k + 1, PosClass.ADPOSITION)))) {
            // only "…, the government said on Thursday, …" — not "…, where Democrats signaled they …"
            return List.of();
        }
        if (comma <= 2 || (midSentence ? clauseEnd : s.size) - k > TRAILING_CUE_WINDOW
                || introducesQuote || hasComplementizerAfter(k, clauseEnd) || participleBefore(comma)) {
            return List.of();
        }
        SpeechCue before = new SpeechCue(s.span(k), s.trim(s.start(0), s.start(comma)), TRAILING_CUE, subject);
        return midSentence && !apposed ? betweenCommas(before, k, clauseEnd) : List.of(before);
    }

    /**
     * The content of the cue at {@code k} set between commas mid-sentence, {@code before} being the words before it
     * and {@code clauseEnd} the comma after its clause. The clause after it is reported when it opens with its subject
     * ("Back in Virginia, Mr. Clarke said, he decided to …"), else the words before it; and when the cue stands alone
     * between the commas and what follows is a finite clause of its own or the predicate of the words before ("The
     * museum, Mr. Bush said, celebrated …"; "Lenox was a juggernaut, Mr. Clarke said, until it went bankrupt"), not a
     * quote nor a clause joined by "and", both parts are reported, as PolNeAR counts a content the cue splits, the
     * other one by {@link #BETWEEN_COMMAS} (not after "ha parlato ai fedeli del lavoro, soffermandosi …"), in text
     * order so that a later verb's clause cuts the part it falls in. Before a clause with its own subject, the words
     * before the cue are reported only when they hold a tensed verb ("In the end, the minister said, the plan will
     * fail" reports no "In the end").
     */
    private List<SpeechCue> betweenCommas(SpeechCue before, int k, int clauseEnd) {
        int from = clauseEnd + 1;
        int to = s.contentEnd(from);
        SpeechCue after = new SpeechCue(before.cue(), s.trim(s.start(from), s.end(to - 1)), TRAILING_CUE,
                before.subject());
        boolean clauseAfter = opensWithSubject(from) && s.finiteClause(after.content());
        boolean splits = k + 1 == clauseEnd && s.finiteClause(after.content()) && !s.is(from, PosClass.RELATIVE)
                && !SubjectCheck.isConjunction(s, from) && !quotedWithin(from, to)
                && (!clauseAfter || holdsFiniteVerb(before.content()));
        if (!splits) {
            return List.of(clauseAfter ? after : before);
        }
        return clauseAfter ? List.of(new SpeechCue(before.cue(), before.content(), BETWEEN_COMMAS, before.subject()),
                after) : List.of(before, new SpeechCue(after.cue(), after.content(), BETWEEN_COMMAS, after.subject()));
    }

    /** Whether a tensed verb stands in the span: "Lenox was a juggernaut" is said, "In the end" only leads in. */
    private boolean holdsFiniteVerb(Span span) {
        for (int j = 0; j < s.size; j++) {
            if (span.contains(s.span(j)) && s.hasTag(j, PosClass.FINITE_VERB)) {
                return true;
            }
        }
        return false;
    }

    /** Whether one of words [from, to) is inside a quote. */
    private boolean quotedWithin(int from, int to) {
        for (int j = from; j < to; j++) {
            if (s.reading.quoted(s.from + j)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether words [from, to) are a name, and a description of its bearer follows the comma at {@code to}: "…, said
     * Brian Baker, a longtime political consultant" closes the words before the cue.
     */
    private boolean apposedName(int from, int to) {
        for (int j = from; j < to; j++) {
            if (!s.hasTag(j, PosClass.PROPER) && !s.word(j).equals(".")) {
                return false;
            }
        }
        return to + 1 < s.size && s.is(to + 1, PosClass.DETERMINER);
    }

    /**
     * Whether the words before the comma at {@code comma} are a participle clause that opens the sentence: what the
     * speaker was asked ("Asked whether she would extend the scheme, Marsh said she would look at the idea") or did
     * ("Campaigning against Mitt Romney in 2012, he …"), not what they said; a participle with a tensed verb after it
     * is a subject ("Shifting monsoon patterns could affect a billion people, he said").
     */
    private boolean participleBefore(int comma) {
        if (!s.opensWithParticiple()) {
            return false;
        }
        boolean tensed = false;
        for (int j = 1; j < comma; j++) {
            if (s.isComma(j)) {
                return false;
            }
            tensed |= s.hasTag(j, PosClass.FINITE_VERB);
        }
        return s.isSpeechVerb(0) || !tensed;
    }

    /**
     * Whether the word at {@code j} can open a clause with its subject: not a verb, auxiliary, adverb, relative or
     * conjunction ("…, the company warned, and bills are likely to rise" goes on with the words before the cue).
     */
    private boolean opensWithSubject(int j) {
        return j < s.size && !s.isPunct(j) && !s.hasTag(j, PosClass.VERB) && !s.is(j, PosClass.AUX)
                && !s.is(j, PosClass.ADVERB) && !s.is(j, PosClass.RELATIVE) && !SubjectCheck.isConjunction(s, j);
    }

    /**
     * Whether words [from, to) can be the subject of a trailing cue: no verb other than an auxiliary and no relative
     * word ("…, where Democrats signaled they …" is a relative clause, not an attribution).
     */
    private boolean plainSubject(int from, int to) {
        if (from >= to) {
            return false;
        }
        for (int j = from; j < to; j++) {
            if (s.is(j, PosClass.RELATIVE) || (s.is(j, PosClass.VERB) && !s.isSkippable(j))) {
                return false;
            }
        }
        return true;
    }

    /** "Content, the government said on Thursday, a boost for …": the cue's clause ends at the next comma. */
    private int nextComma(int k) {
        for (int j = k + 1; j < s.size; j++) {
            if (s.isComma(j)) {
                return j;
            }
        }
        return s.size;
    }

    /** "X said (that) content" — the content runs from the complementizer or the verb to the end of the sentence
     * or the first break before it ({@link SentenceWords#contentEnd}). */
    private SpeechCue contentAfter(int k, boolean bare, SubjectSlot subject) {
        int last = s.size - 1;
        int counted = 0;
        for (int j = k + 1; j < s.size && counted < CueContent.COMPLEMENTIZER_WINDOW - 1; j++) {
            String w = s.word(j);
            int from = j < last ? s.contentFromComplementizer(j) : -1;
            if (from >= 0) {
                return new SpeechCue(s.span(k), s.trim(s.start(from), s.end(s.contentEnd(j + 1) - 1)), CONTENT_AFTER,
                        subject);
            }
            if (s.lex.verb(w).isPresent() || s.hasTag(j, PosClass.FINITE_VERB) || (s.isPunct(j) && !w.equals(","))) {
                break;
            }
            // "said in a submission to the government that": articles and prepositions do not count
            boolean light = s.is(j, PosClass.DETERMINER) || s.is(j, PosClass.ADPOSITION);
            counted += light ? 0 : 1;
        }
        if (bare && k < last && (!s.isPunct(k + 1) || reflexiveBeforeQuote(k)) && !s.is(k + 1, PosClass.ADPOSITION)) {
            return new SpeechCue(s.span(k), s.trim(s.start(k + 1), s.end(s.contentEnd(k + 1) - 1)), CONTENT_AFTER,
                    subject);
        }
        int from = bare ? pronounAfterPhrase(k + 1) : -1;
        return from < 0 ? null : new SpeechCue(s.span(k), s.trim(s.start(from), s.end(s.contentEnd(from) - 1)),
                CONTENT_AFTER, subject);
    }

    /**
     * "Trump said after the convention he would not accept …", "said in a statement it would …": past a short
     * prepositional phrase at {@code j} (no verb, no punctuation), the pronoun that opens the clause with its tensed
     * verb; -1 when there is none.
     */
    private int pronounAfterPhrase(int j) {
        if (j >= s.size || !s.is(j, PosClass.ADPOSITION)) {
            return -1;
        }
        for (int p = j + 2; p + 1 < s.size && p <= j + PHRASE_WORDS; p++) {
            if (s.isPunct(p - 1) || s.hasTag(p - 1, PosClass.VERB)) {
                return -1;
            }
            if (s.is(p, PosClass.PRONOUN) && s.hasTag(p + 1, PosClass.FINITE_VERB)) {
                return p;
            }
        }
        return -1;
    }

    /** Whether the content opens with a complementizer that belongs to it ("di accelerare …"). */
    private boolean opensWithContentComplementizer(Span content) {
        int j = s.wordAt(content.start());
        return j >= 0 && s.lex.opensContent(s.word(j));
    }

    /**
     * "Berlusconi si è detto «preoccupato per …»": a reflexive speech verb (a clitic among the words before it) whose
     * content opens with a quote right after it (not "ci ha detto: «…»").
     */
    private boolean reflexiveBeforeQuote(int k) {
        if (k + 2 >= s.size || !s.reading.quoted(s.from + k + 1) || !s.reading.quoted(s.from + k + 2)) {
            return false;
        }
        for (int j = k - 1; j >= 0 && s.isSkippable(j); j--) {
            if (s.isListed(j, PosClass.CLITIC)) {
                return true;
            }
        }
        return false;
    }

    private boolean hasComplementizerAfter(int k, int end) {
        for (int j = k + 1; j < end; j++) {
            if (s.lex.isComplementizer(s.word(j))) {
                return true;
            }
        }
        return false;
    }
}
