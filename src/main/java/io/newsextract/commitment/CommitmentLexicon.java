package io.newsextract.commitment;

import io.newsextract.api.PipelineException;
import io.newsextract.api.PosClass;
import io.newsextract.lexicon.LanguageData;
import io.newsextract.lexicon.PosClasses;
import io.newsextract.lexicon.SurfaceToken;
import io.newsextract.lexicon.TokenPattern;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The commitment knowledge of one language, from {@code models/<lang>/commitments.tsv}. Each line is one of:
 * <pre>
 * list   NAME   form|form|...          a word list, usable as @NAME in patterns; some names are read by the stage
 * group  KIND   pattern                a group subject: KIND is countries or leaders ("the two sides", "i due leader")
 * break  pattern                       where a pledge's clause ends, matched at a token after the trigger
 * undone pattern                       after the trigger in the same sentence part: the commitment was broken or
 *                                      abandoned ("promised a hospital but never delivered it"), so it is not one
 * past   pattern                       a trigger in the past tense: the pattern matches with its trigger element (^, else
 *                                      the first) on the pledge's trigger ({VBD|VBN}; "ha ^firmato", "firmò"); at
 *                                      least one line per language
 * schedule pattern                     a day, an hour or an event ("on Tuesday", "at 2pm", "summit", "giovedì"): in
 *                                      the clause of an unscheduled rule, with no @amount, it makes a schedule
 * rule   NAME   STRENGTH  CONDITIONS  CONFIDENCE  pattern
 * model  NAME   FEATURES  THRESHOLD  TRUSTED  at most one: the learned pledge decision ({@code models/learned/NAME.bin})
 *                                      decides which sentences hold a pledge, the rules explain them; FEATURES is
 *                                      {@code lexical} (it also reads the words: a model of this language) or
 *                                      {@code abstract} (rules, word lists and classes only: any language); TRUSTED
 *                                      is {@code -} or the strengths whose rules stand whatever the model says
 *                                      (news reports "X pledged to" in the third person and the past, which party
 *                                      releases, the model's training text, mostly do not)
 * </pre>
 * CONDITIONS is {@code -} or a comma-separated set of: {@code actor} (the clause's subject is an actor),
 * {@code reported} (the sentence reports speech: a speech verb), {@code unscheduled} (not in a schedule).
 * Lists the stage reads: negation, actor (subject words that make a clause an actor's), speech (given by the language resources: the speech verbs
 * flagged asserts in speech-verbs.tsv) and referring-pronoun (in reported speech, "X said
 * it would" or "ha annunciato che ridurrà" has the speaker as actor), first-singular,
 * first-plural, third-person, clause-start (words that open a clause: "that", "che"), forecast-frame (words whose
 * complement is a forecast: "expect", "auspicio"), not-asserted (words that open a clause whose content is not
 * asserted: "if", "whether", "how", "se"), jointly (words of acting together: a quote that names countries and
 * says "we ... together" speaks for those countries), former (words that date an actor to the past: "previous",
 * "allora"), pluperfect (auxiliaries of a past before the past: "had", "aveva"), amount (money and quantity words
 * that make a dated clause more than a schedule), deadline (words before a date that make it a deadline or a start, not
 * a day in a diary: "by", "entro").
 */
final class CommitmentLexicon {

    static final Set<String> REQUIRED_LISTS = Set.of("negation", "actor", "speech", "referring-pronoun",
            "first-singular", "first-plural", "third-person", "clause-start", "forecast-frame", "not-asserted",
            "jointly", "former", "pluperfect", "amount", "deadline");
    /** How many tokens before a trigger a {@code past} pattern may start ("è stato già ^firmato"). */
    private static final int PAST_REACH = 4;
    private static final Set<String> CONDITIONS = Set.of("actor", "reported", "unscheduled");

    private final Map<String, List<String>> lists = new HashMap<>();
    private final List<Rule> rules = new ArrayList<>();
    private final List<TokenPattern> breaks = new ArrayList<>();
    private final List<TokenPattern> undone = new ArrayList<>();
    private final List<TokenPattern> schedules = new ArrayList<>();
    private final List<TokenPattern> past = new ArrayList<>();
    private final Map<String, List<TokenPattern>> groups = new HashMap<>();
    private final PosClasses classes;
    private ModelChoice model;

    /** The learned pledge decision a language names: model, whether it reads words, probability threshold. */
    record ModelChoice(String name, boolean lexical, double threshold, Set<Strength> trusted) {
    }

    private CommitmentLexicon(PosClasses classes) {
        this.classes = classes;
    }

    /**
     * Loads a language's rules; {@code shared} are lists its patterns may use besides its own (@month, @weekday),
     * {@code classes} the language's word classes.
     */
    static CommitmentLexicon load(String language, Map<String, List<String>> shared, PosClasses classes) {
        CommitmentLexicon lex = new CommitmentLexicon(classes);
        lex.lists.putAll(shared);
        String file = "commitments.tsv";
        for (String[] row : LanguageData.table(language, file, 2)) {
            switch (row[0]) {
                case "list" -> {
                    need(row, 3, language);
                    List<String> forms = new ArrayList<>();
                    for (String f : row[2].split("\\|")) {
                        forms.add(f.strip().toLowerCase(Locale.ROOT));
                    }
                    lex.lists.put(row[1], forms);
                }
                case "group" -> {
                    need(row, 3, language);
                    if (!Set.of("countries", "leaders").contains(row[1])) {
                        throw new PipelineException(where(language) + ": group kind must be countries or leaders: "
                                + String.join(" ", row));
                    }
                    lex.groups.computeIfAbsent(row[1], k -> new ArrayList<>())
                            .add(TokenPattern.compile(row[2], lex.lists));
                }
                case "break" -> lex.breaks.add(TokenPattern.compile(row[1], lex.lists));
                case "undone" -> lex.undone.add(TokenPattern.compile(row[1], lex.lists));
                case "schedule" -> lex.schedules.add(TokenPattern.compile(row[1], lex.lists));
                case "past" -> lex.past.add(TokenPattern.compile(row[1], lex.lists));
                case "rule" -> {
                    need(row, 6, language);
                    Set<String> conditions = row[3].equals("-") ? Set.of() : Set.of(row[3].split(","));
                    if (!CONDITIONS.containsAll(conditions)) {
                        throw new PipelineException(where(language) + ": rule " + row[1]
                                + ": conditions must be - or a comma-separated set of " + CONDITIONS);
                    }
                    lex.rules.add(new Rule(row[1], Strength.of(row[2]), conditions.contains("actor"),
                            conditions.contains("reported"), conditions.contains("unscheduled"),
                            Double.parseDouble(row[4]),
                            TokenPattern.compile(row[5], lex.lists)));
                }
                case "model" -> {
                    need(row, 5, language);
                    if (lex.model != null || !Set.of("lexical", "abstract").contains(row[2])) {
                        throw new PipelineException(where(language) + ": one model line, features lexical or "
                                + "abstract: " + String.join(" ", row));
                    }
                    Set<Strength> trusted = new java.util.HashSet<>();
                    for (String id : row[4].equals("-") ? new String[0] : row[4].split(",")) {
                        trusted.add(Strength.of(id));
                    }
                    lex.model = new ModelChoice(row[1], row[2].equals("lexical"), Double.parseDouble(row[3]),
                            Set.copyOf(trusted));
                }
                default -> throw new PipelineException(where(language) + ": unknown line kind '" + row[0] + "'");
            }
        }
        Set<String> names = new java.util.HashSet<>(reservedNames());
        for (Rule r : lex.rules) {
            if (!names.add(r.name())) {
                throw new PipelineException(where(language) + ": rule name '" + r.name()
                        + "' is used twice or is the name of a veto or filter");
            }
        }
        if (lex.past.isEmpty()) {
            throw new PipelineException(where(language) + ": missing 'past' lines (what a past-tense trigger is)");
        }
        for (String name : REQUIRED_LISTS) {
            if (!lex.lists.containsKey(name)) {
                throw new PipelineException(where(language) + ": missing list '" + name + "'");
            }
        }
        return lex;
    }

    /** The names of the vetoes and filters, which a rule may not take: every decision names one rule. */
    private static Set<String> reservedNames() {
        Set<String> out = new java.util.HashSet<>(Set.of(CommitmentStage.HISTORICAL, CommitmentStage.RESTATEMENT));
        Vetoes.ALL.forEach(v -> out.add(v.name()));
        return out;
    }

    private static void need(String[] row, int n, String language) {
        if (row.length < n) {
            throw new PipelineException(where(language) + ": expected " + n + " fields: " + String.join(" | ", row));
        }
    }

    private static String where(String language) {
        return "models/" + language + "/commitments.tsv";
    }

    /** The learned pledge decision the language names, or null: then the rules alone decide. */
    ModelChoice model() {
        return model;
    }

    List<Rule> rules() {
        return rules;
    }

    List<TokenPattern> breaks() {
        return breaks;
    }

    List<TokenPattern> undone() {
        return undone;
    }

    List<TokenPattern> schedules() {
        return schedules;
    }

    Map<String, List<TokenPattern>> groups() {
        return groups;
    }

    /**
     * Whether the trigger at {@code trigger} is in the past tense: a {@code past} pattern that starts at most
     * {@value #PAST_REACH} tokens before it has its trigger element there.
     */
    boolean past(List<SurfaceToken> tokens, int trigger) {
        for (TokenPattern p : past) {
            for (int k = Math.max(0, trigger - PAST_REACH); k <= trigger; k++) {
                if (p.matchAt(tokens, k).filter(m -> m.trigger() == trigger).isPresent()) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether one of the token's tags (a merged token has one per word: "della" is ADP and DET) puts it in the word
     * class of {@code models/<lang>/pos-classes.tsv}.
     */
    boolean tagged(PosClass c, SurfaceToken t) {
        return classes.anyTag(c.key(), t.tags());
    }

    /** Whether the token is in the word class by one of its tags or as a word the class lists. */
    boolean is(PosClass c, SurfaceToken t) {
        return tagged(c, t) || classes.is(c.key(), null, t.surface());
    }

    /** Whether the language has the (optional) list {@code name}. */
    boolean has(String name) {
        return lists.containsKey(name);
    }

    /** Whether the token is one of the forms of list {@code name} (exact forms, or prefixes written with *). */
    boolean in(String name, SurfaceToken t) {
        for (String form : lists.get(name)) {
            if (form.endsWith("*") ? t.startsWith(form.substring(0, form.length() - 1)) : t.is(form)) {
                return true;
            }
        }
        return false;
    }
}
