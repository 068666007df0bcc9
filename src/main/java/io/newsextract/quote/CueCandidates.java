package io.newsextract.quote;

import io.newsextract.api.PosClass;
import io.newsextract.api.SpeechCue;
import io.newsextract.api.SubjectSlot;
import io.newsextract.lexicon.SpeechLexicon;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The words of one sentence that may be the cue of reported speech, each with the features the learned cue model
 * reads: the classes of {@code cue-words.tsv} (never the word itself, so that one model serves every language), the
 * word classes of the word and its neighbours, where its subject stands, its place in the sentence and among the
 * quotes, and which of today's cue rules fired or vetoed there. Training and the stage build candidates with this
 * one class.
 */
final class CueCandidates {

    /** One candidate: the sentence word, its "according to" end (or -1), its subject, the rule's cue there, features. */
    record Candidate(int k, int accordingEnd, SubjectSlot subject, SpeechCue ruleCue, List<String> features) {
    }

    private static final int TRAILING_WINDOW = 6;
    private static final PosClass[] OWN = {PosClass.VERB, PosClass.FINITE_VERB, PosClass.NOUN, PosClass.PLURAL_NOUN,
            PosClass.ADJECTIVE, PosClass.ADVERB, PosClass.PROPER, PosClass.ADPOSITION, PosClass.AUX};
    private static final PosClass[] NEAR = {PosClass.VERB, PosClass.NOUN, PosClass.ADJECTIVE, PosClass.ADVERB,
            PosClass.PROPER, PosClass.ADPOSITION, PosClass.AUX, PosClass.DETERMINER, PosClass.PRONOUN,
            PosClass.RELATIVE, PosClass.CLITIC};

    private CueCandidates() {
    }

    /** The candidates of the sentence, in word order; {@code rules} is what {@link CueFinder} found there. */
    static List<Candidate> of(SentenceWords s, CueWords words, List<SpeechCue> ruleCues,
                              List<CueFinder.Rejected> rejected) {
        return of(s, words, ruleCues, rejected, classes -> true);
    }

    /** The candidates whose cue-word classes {@code admit} accepts (their features are computed only for those). */
    static List<Candidate> of(SentenceWords s, CueWords words, List<SpeechCue> ruleCues,
                              List<CueFinder.Rejected> rejected, Predicate<List<CueWords.Entry>> admit) {
        List<Candidate> out = new ArrayList<>();
        for (int k = 0; k < s.size; k++) {
            int according = s.accordingToAt(k);
            List<CueWords.Entry> classes = words.classes(s.word(k));
            Optional<SpeechLexicon.Verb> verb = s.isSpeechVerb(k) ? s.lex.verb(s.word(k)) : Optional.empty();
            if (according < 0 && classes.isEmpty() && verb.isEmpty() || s.isPunct(k) || !admit.test(classes)) {
                continue;
            }
            boolean nonFinite = verb.map(SpeechLexicon.Verb::nonFinite).orElse(false);
            SubjectSlot subject = according > 0 ? null : s.subjects.subjectOf(s.from + k, nonFinite);
            SpeechCue rule = ruleCue(s, k, ruleCues);
            out.add(new Candidate(k, according, subject, rule,
                    features(s, k, according, classes, verb, subject, rule, rejected)));
        }
        return out;
    }

    private static SpeechCue ruleCue(SentenceWords s, int k, List<SpeechCue> ruleCues) {
        for (SpeechCue c : ruleCues) {
            if (c.cue().start() == s.start(k)) {
                return c;
            }
        }
        return null;
    }

    private static List<String> features(SentenceWords s, int k, int according, List<CueWords.Entry> classes,
                                         Optional<SpeechLexicon.Verb> verb, SubjectSlot subject, SpeechCue rule,
                                         List<CueFinder.Rejected> rejected) {
        List<String> f = new ArrayList<>();
        f.add("bias");
        List<String> cls = new ArrayList<>();
        if (according > 0) {
            cls.add("according-to");
        }
        classes.forEach(e -> cls.add(e.cls()));
        if (cls.isEmpty()) {
            cls.add("none");
        }
        cls.forEach(c -> f.add("cls=" + c));
        classes.forEach(e -> f.add("grp=" + e.group()));
        verb.ifPresent(v -> {
            f.add("speech-verb");
            f.add(v.reports() ? "verb-reports" : "verb-needs-that");
            f.add(v.nonFinite() ? "verb-nonfinite" : "verb-finite");
            if (v.anySubject()) {
                f.add("verb-any-subject");
            }
        });
        String own = classesOf(s, k, OWN, "pos");
        f.add(own);
        String prev = near(s, k - 1, "p1");
        String next = near(s, k + 1, "n1");
        f.add(prev);
        f.add(near(s, k - 2, "p2"));
        f.add(next);
        f.add(near(s, k + 2, "n2"));
        String subj = subjectFeature(s, subject);
        f.add(subj);
        boolean complementizer = complementizerAfter(s, k);
        f.add("comp=" + complementizer);
        boolean commaBefore = commaBefore(s, k);
        f.add("comma-before=" + commaBefore);
        f.add("first=" + (k == 0));
        f.add("at=" + (4 * k / Math.max(1, s.size)));
        f.add("to-end=" + bucket(s.size - 1 - k));
        f.add("quoted=" + s.reading.quoted(s.from + k));
        f.add("quote-before=" + quoteNear(s, k - 1, -1));
        f.add("quote-after=" + quoteNear(s, k + 1, 1));
        f.add("rule=" + (rule == null ? "none" : rule.rule()));
        for (CueFinder.Rejected r : rejected) {
            if (r.span().start() == s.start(k)) {
                f.add("rejected=" + r.rule());
            }
        }
        for (String c : cls) {
            f.add(c + "&" + subj);
            f.add(c + "&comp=" + complementizer);
            f.add(c + "&" + own);
            f.add(c + "&" + next);
            f.add(c + "&" + prev);
            f.add(c + "&comma-before=" + commaBefore);
        }
        f.add(own + "&" + next);
        f.add(subj + "&" + next);
        return f;
    }

    /** The word classes (by tag) of word {@code k}, or a punctuation mark's kind. */
    private static String near(SentenceWords s, int k, String name) {
        if (k < 0) {
            return name + "=start";
        }
        if (k >= s.size) {
            return name + "=end";
        }
        String w = s.word(k);
        if (s.lex.isComplementizer(w)) {
            return name + "=comp";
        }
        if (s.isPunct(k)) {
            return name + "=" + switch (w) {
                case ",", ":", ";", "(", ")" -> w;
                case ".", "!", "?" -> ".";
                default -> s.reading.quoted(s.from + k) || w.matches("[\"“”«»'‘’]+") ? "mark" : "punct";
            };
        }
        if (SubjectCheck.isSpeakerWord(s, k) && !s.hasTag(k, PosClass.VERB)) {
            return name + "=speaker";
        }
        return classesOf(s, k, NEAR, name);
    }

    private static String classesOf(SentenceWords s, int k, PosClass[] classes, String name) {
        StringBuilder b = new StringBuilder(name).append('=');
        for (PosClass c : classes) {
            if (s.hasTag(k, c)) {
                b.append(c.key()).append('+');
            }
        }
        return b.toString();
    }

    private static String subjectFeature(SentenceWords s, SubjectSlot slot) {
        if (slot == null) {
            return "subj=after";
        }
        if (slot.kind() != SubjectSlot.Kind.WORD) {
            return "subj=" + slot.kind().name().toLowerCase();
        }
        int j = slot.word() - s.from;
        if (j < 0 || j >= s.size) {
            return "subj=outside";
        }
        String type = s.entityType(j);
        if (s.lex.pronoun(s.word(j)).isPresent()) {
            return "subj=pronoun";
        }
        if ("PERSON".equals(type) || "ORGANIZATION".equals(type)) {
            return "subj=entity";
        }
        if (SubjectCheck.isSpeakerWord(s, j)) {
            return "subj=speaker";
        }
        if (s.isComma(j)) {
            return "subj=comma";
        }
        return s.hasTag(j, PosClass.NOUN) ? "subj=noun" : "subj=other";
    }

    private static boolean complementizerAfter(SentenceWords s, int k) {
        for (int j = k + 1; j < s.size && j <= k + CueContent.COMPLEMENTIZER_WINDOW; j++) {
            if (s.lex.isComplementizer(s.word(j))) {
                return true;
            }
            if (s.isPunct(j) && !s.isComma(j) || s.hasTag(j, PosClass.FINITE_VERB)) {
                return false;
            }
        }
        return false;
    }

    private static boolean commaBefore(SentenceWords s, int k) {
        for (int j = k - 1; j >= 0 && j >= k - TRAILING_WINDOW; j--) {
            if (s.isComma(j)) {
                return true;
            }
        }
        return false;
    }

    private static boolean quoteNear(SentenceWords s, int k, int step) {
        for (int j = k, n = 0; j >= 0 && j < s.size && n < 3; j += step, n++) {
            if (s.reading.quoted(s.from + j)) {
                return true;
            }
        }
        return false;
    }

    private static String bucket(int n) {
        return n <= 1 ? "0-1" : n <= 3 ? "2-3" : n <= 7 ? "4-7" : n <= 15 ? "8-15" : "16+";
    }
}
