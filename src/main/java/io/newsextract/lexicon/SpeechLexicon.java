package io.newsextract.lexicon;

import io.newsextract.api.PipelineException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What one language says about speech, read once from {@code models/<lang>/}: speech verbs ({@code speech-verbs.tsv}),
 * "according to" phrases, complementizers, subject pronouns, group phrases ("the two leaders"), nouns for unnamed
 * speakers, titles with the role they give, word classes over POS tags, and quote marks. Immutable once loaded.
 */
public final class SpeechLexicon {

    /**
     * A speech verb form: its lemma, whether it is a participle clause form, whether it takes bare content, whether
     * any noun may be its subject ("the ruling said", "fishermen say"), not only a speaker word.
     */
    public record Verb(String lemma, boolean nonFinite, boolean reports, boolean anySubject) {
    }

    /** A pronoun that can stand for a speaker. {@code gender}: m | f | x; {@code plural} for they/loro. */
    public record Pronoun(String gender, boolean plural) {
    }

    /** A title before a name: its words (lower case), the role it gives (or null), the gender it implies. */
    public record Title(List<String> words, String role, String gender) {
    }

    /** A phrase for several speakers; {@code size} 0 means "all the people quoted". */
    public record GroupPhrase(List<String> words, int size) {
    }

    /**
     * A noun for an unnamed speaker: {@code type} PERSON ("the spokesperson") or ORGANIZATION ("the ministry");
     * {@code leadingOrganisation} when it usually stands for the organisation the article is about ("the company").
     */
    public record SpeakerNoun(String type, boolean leadingOrganisation) {
    }

    /** A pair of quote marks; {@code inner} pairs double as apostrophes. */
    public record QuoteMark(char open, char close, boolean inner) {
    }

    private final String language;
    private static final Set<String> VERB_FLAGS = Set.of("report", "any-subject", "asserts");
    /** The fewest letters before an ending of content-breaks.txt (",-ando": "dando" yes, "quando" no). */
    private static final int MIN_STEM = 3;

    private final Map<String, Verb> verbs = new HashMap<>();
    private final Set<String> asserting = new java.util.TreeSet<>();
    private final List<List<String>> accordingTo = new ArrayList<>();
    private final List<List<String>> sourceFrames = new ArrayList<>();
    private final Set<String> complementizers = new HashSet<>();
    private final Set<String> contentComplementizers = new HashSet<>();
    private final Set<String> contentBreaks = new HashSet<>();
    private final Set<String> contentBreaksAfterComma = new HashSet<>();
    private final List<String> contentBreakEndingsAfterComma = new ArrayList<>();
    private final Map<String, Pronoun> pronouns = new HashMap<>();
    private final List<GroupPhrase> groups = new ArrayList<>();
    private final Map<String, SpeakerNoun> speakerNouns = new HashMap<>();
    private final List<Title> titles = new ArrayList<>();
    private final PosClasses classes;
    private final List<QuoteMark> marks = new ArrayList<>();
    private final String conjunction;
    private final Set<String> clauseConjunctions = new HashSet<>();
    /** Weekdays, day words and month names: "called on Monday for …" dates the call, it names no topic. */
    private final Set<String> timeWords = new HashSet<>();
    private final Map<String, String> givenNames = new HashMap<>();
    private final Map<String, String> personAliases = new HashMap<>();

    private SpeechLexicon(DataFolder data, String language, PosClasses classes) {
        this.language = language;
        this.classes = classes;
        for (String[] row : data.table(language, "speech-verbs.tsv", 2)) {
            List<String> flags = row.length > 3 ? list(row[3]) : List.of();
            for (String flag : flags) {
                if (!VERB_FLAGS.contains(flag)) {
                    throw new PipelineException(DataFolder.name(language, "speech-verbs.tsv") + ": unknown flag '"
                            + flag + "' for " + row[0] + ", known: " + VERB_FLAGS);
                }
            }
            if (flags.contains("asserts")) {
                asserting.add(row[0]);
                asserting.addAll(list(row[1]));
                asserting.addAll(row.length > 2 ? list(row[2]) : List.of());
            }
            boolean reports = flags.contains("report");
            boolean anySubject = flags.contains("any-subject");
            for (String form : list(row[1])) {
                verbs.put(form, new Verb(row[0], false, reports, anySubject));
            }
            if (row.length > 2) {
                for (String form : list(row[2])) {
                    verbs.put(form, new Verb(row[0], true, reports, anySubject));
                }
            }
        }
        data.lines(language, "according-to.txt").forEach(l -> accordingTo.add(words(l)));
        data.optionalLines(language, "source-frames.txt").orElse(List.of())
                .forEach(l -> sourceFrames.add(Arrays.stream(l.strip().split("\\s+")).map(SpeechLexicon::lower).toList()));
        for (String l : data.lines(language, "complementizers.txt")) {
            String[] cols = l.split("\t");
            complementizers.add(lower(cols[0].strip()));
            if (cols.length > 1 && cols[1].strip().equals("content")) {
                contentComplementizers.add(lower(cols[0].strip()));
            } else if (cols.length > 1) {
                throw new PipelineException(DataFolder.name(language, "complementizers.txt") + ": unknown flag '"
                        + cols[1] + "' for " + cols[0] + ", known: content");
            }
        }
        for (String l : data.optionalLines(language, "content-breaks.txt").orElse(List.of())) {
            if (l.startsWith(",") && l.length() > 1) {
                if (l.startsWith(",-") && l.length() > 2) {
                    contentBreakEndingsAfterComma.add(lower(l.substring(2)));
                } else {
                    contentBreaksAfterComma.add(lower(l.substring(1)));
                }
            } else {
                contentBreaks.add(lower(l));
            }
        }
        for (String[] row : data.table(language, "pronouns.tsv", 3)) {
            pronouns.put(lower(row[0]), new Pronoun(row[1], row[2].equals("pl")));
        }
        for (String[] row : data.table(language, "group-phrases.tsv", 2)) {
            groups.add(new GroupPhrase(words(row[0]), row[1].equals("*") ? 0 : Integer.parseInt(row[1])));
        }
        for (String[] row : data.table(language, "speaker-nouns.txt", 1)) {
            String type = row.length > 1 && row[1].equalsIgnoreCase("organization") ? "ORGANIZATION" : "PERSON";
            speakerNouns.put(lower(row[0]), new SpeakerNoun(type, row.length > 2 && row[2].equals("leading")));
        }
        for (String[] row : data.table(language, "titles.tsv", 3)) {
            titles.add(new Title(words(row[0]), row[1].equals("null") ? null : row[1], row[2]));
        }
        titles.sort(Comparator.comparingInt((Title t) -> t.words().size()).reversed());
        for (String[] row : data.table(language, "quote-marks.tsv", 3)) {
            if (row[0].length() != 1 || row[1].length() != 1) {
                throw new PipelineException("models/" + language + "/quote-marks.tsv: marks must be one character");
            }
            marks.add(new QuoteMark(row[0].charAt(0), row[1].charAt(0), row[2].equals("inner")));
        }
        conjunction = data.lines(language, "conjunctions.txt").get(0);
        data.lines(language, "clause-conjunctions.txt").forEach(l -> clauseConjunctions.add(lower(l)));
        data.lines(language, "weekdays.txt").forEach(l -> timeWords.add(lower(l)));
        data.lines(language, "day-words.txt").forEach(l -> timeWords.add(lower(l)));
        for (String[] row : data.table(language, "months.txt", 2)) {
            Arrays.stream(row).skip(1).forEach(m -> timeWords.add(lower(m)));
        }
        for (String[] row : data.table(language, "given-names.tsv", 2)) {
            for (String name : list(row[1])) {
                givenNames.put(lower(name), row[0]);
            }
        }
        for (String[] row : data.table(language, "person-aliases.tsv", 2)) {
            personAliases.put(lower(row[0]), row[1]);
        }
    }

    /** Loads the lexicon of a language; fails when one of its files is missing or malformed. */
    static SpeechLexicon load(DataFolder data, String language, PosClasses classes) {
        return new SpeechLexicon(data, language, classes);
    }

    public String language() {
        return language;
    }

    /** The lemmas and forms of the verbs flagged {@code asserts}, lower case, sorted. */
    public List<String> assertingVerbForms() {
        return List.copyOf(asserting);
    }

    public Optional<Verb> verb(String word) {
        return Optional.ofNullable(verbs.get(lower(word)));
    }

    public List<List<String>> accordingTo() {
        return accordingTo;
    }

    /**
     * Frames that name a quote's source without a speech verb of its own, lower case, {@code *} where the source
     * stands: "as * put it", "in * 's words" ({@code source-frames.txt}; none when the language has no file).
     */
    public List<List<String>> sourceFrames() {
        return sourceFrames;
    }

    /** "and", "but", "ma": a conjunction that joins a second verb to the same subject ("… and said that …"). */
    public boolean isClauseConjunction(String word) {
        return clauseConjunctions.contains(lower(word));
    }

    /** Whether a word ends one of the titles ("the judge said", "il ministro ha detto"). */
    public boolean isTitleHead(String word) {
        String w = lower(word);
        return titles.stream().anyMatch(t -> t.role() != null && t.words().get(t.words().size() - 1).equals(w));
    }

    /** The gender (m|f) a given name usually has, or "x". */
    public String givenNameGender(String word) {
        return givenNames.getOrDefault(lower(word), "x");
    }

    /** Whether a punctuation word ends reported content by itself ("said A; B", "said A -- B"). */
    public boolean isContentBreak(String word) {
        return contentBreaks.contains(lower(word));
    }

    /**
     * Whether a word after a comma ends reported content ("said A, but B"; a lowercase word with an ending listed as
     * ",-ando", a gerund: "lamentò A, paventando B", not the name in "il sindaco, Orlando, ha"), unless a
     * complementizer follows.
     */
    public boolean isContentBreakAfterComma(String word) {
        String w = lower(word);
        return contentBreaksAfterComma.contains(w) || !word.isEmpty() && Character.isLowerCase(word.charAt(0))
                && contentBreakEndingsAfterComma.stream().anyMatch(e -> w.endsWith(e)
                && w.length() >= e.length() + MIN_STEM);
    }

    public boolean isComplementizer(String word) {
        return complementizers.contains(lower(word));
    }

    /** Whether the word names a day or a month (weekdays.txt, day-words.txt, months.txt; "Jan." as "jan"). */
    public boolean isTimeWord(String word) {
        String w = lower(word);
        return timeWords.contains(w.endsWith(".") ? w.substring(0, w.length() - 1) : w);
    }

    /** Whether the complementizer opens the reported content itself ("ha detto di aver …": the content is "di aver …"). */
    public boolean opensContent(String word) {
        return contentComplementizers.contains(lower(word));
    }

    public Optional<Pronoun> pronoun(String word) {
        return Optional.ofNullable(pronouns.get(lower(word)));
    }

    public List<GroupPhrase> groupPhrases() {
        return groups;
    }

    public boolean isSpeakerNoun(String word) {
        return speakerNouns.containsKey(lower(word));
    }

    /** What a speaker noun names; empty when the word is none. */
    public Optional<SpeakerNoun> speakerNoun(String word) {
        return Optional.ofNullable(speakerNouns.get(lower(word)));
    }

    /** The name news gives a person known by another name here ("Joseph Ratzinger" → "Benedetto XVI"), if any. */
    public Optional<String> canonicalPerson(String name) {
        return Optional.ofNullable(personAliases.get(lower(name)));
    }

    /** Titles, longest first. */
    public List<Title> titles() {
        return titles;
    }

    /** Whether a token of this POS tag and word belongs to a word class of {@code pos-classes.tsv}. */
    public boolean is(String wordClass, String tag, String word) {
        return classes.is(wordClass, tag, word);
    }

    public List<QuoteMark> quoteMarks() {
        return marks;
    }

    /** The word that joins two names ("and", "e"): used to name a group by its members. */
    public String conjunction() {
        return conjunction;
    }

    public static String lower(String s) {
        return s.strip().toLowerCase(Locale.ROOT);
    }

    static List<String> list(String cell) {
        return Arrays.stream(cell.split(",")).map(SpeechLexicon::lower).filter(s -> !s.isEmpty()).toList();
    }

    /** The words of a phrase as the tokenizers cut them: "dell'Economia" is "dell'" and "economia". */
    private static List<String> words(String phrase) {
        return Arrays.stream(phrase.strip().replaceAll("(['’])(?=\\p{L})", "$1 ").split("\\s+"))
                .map(SpeechLexicon::lower).toList();
    }
}
