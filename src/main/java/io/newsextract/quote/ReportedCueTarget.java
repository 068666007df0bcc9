package io.newsextract.quote;

import io.newsextract.StandardPipeline;
import io.newsextract.api.Document;
import io.newsextract.api.Pipeline;
import io.newsextract.api.Span;
import io.newsextract.api.SpeechCue;
import io.newsextract.corpora.Polnear;
import io.newsextract.learn.Classifier;
import io.newsextract.learn.Folds;
import io.newsextract.learn.TrainTarget;
import io.newsextract.learn.Trainer;
import io.newsextract.lexicon.LanguageResources;
import io.newsextract.reading.SubjectFinder;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Trains the learned cue decision ({@value LearnedCues#MODEL}) on PolNeAR {@code train}: every candidate of
 * {@link CueCandidates} is labelled with the side of its reported content when it is the first candidate inside the
 * gold cue of an attribution with reported (unquoted) content, else "no". Prints the decision's figures and how often
 * {@link CueContent} finds the gold content (overlap at least 0.3 of the longer, as the scorer) on {@code dev}, and
 * the words train marks as cues that {@code cue-words.tsv} does not list yet ({@link CueWordMiner}).
 */
public final class ReportedCueTarget implements TrainTarget {

    private static final Pattern QUOTE = Pattern.compile("“([^“”]+)”|\"([^\"\\n]+)\"");
    static final Trainer.Settings SETTINGS = new Trainer.Settings(150, 1.0, 2);

    /** One candidate with its gold outcome and the gold reported fragments of its sentence's article. */
    record Example(String outcome, CueCandidates.Candidate candidate, SentenceWords sentence, List<Span> gold) {
    }

    @Override
    public String name() {
        return LearnedCues.MODEL;
    }

    @Override
    public String description() {
        return "which words are the cue of reported speech and on which side its content stands (PolNeAR train)";
    }

    @Override
    public Classifier train(Path corpora, PrintStream log) {
        Pipeline pipeline = StandardPipeline.createUntil("quotes");
        Function<Polnear.Article, Document> reader =
                a -> pipeline.annotate(Document.of(a.id(), a.id() + ".txt", a.text()));
        List<Polnear.Article> train = Polnear.read(corpora.resolve("polnear/train"));
        log.println("reading " + train.size() + " train articles");
        LanguageResources en = LanguageResources.load(List.of("en")).get("en");
        CueWords words = CueWords.load("en", en.speech());
        CueWordMiner.print(CueWordMiner.unlisted(train, words, en.speech()), log);
        Classifier c = train(examples(train, reader, en, words), log);
        List<Polnear.Article> dev = Polnear.read(corpora.resolve("polnear/dev"));
        report(c, examples(dev, reader, en, words), log);
        return c;
    }

    static Classifier train(List<Example> examples, PrintStream log) {
        Trainer t = new Trainer();
        examples.forEach(e -> t.add(e.outcome(), e.candidate().features()));
        log.println(t.size() + " candidates, " + examples.stream().filter(e -> !e.outcome().equals(LearnedCues.NO))
                .count() + " cues");
        return t.train(LearnedCues.MODEL, SETTINGS);
    }

    /** The decision's P/R/F1 at the threshold and the share of kept gold cues whose content matches, on {@code dev}. */
    static void report(Classifier c, List<Example> dev, PrintStream log) {
        Folds.Prf prf = Folds.count(dev, e -> !e.outcome().equals(LearnedCues.NO),
                e -> 1 - c.probability(e.candidate().features(), LearnedCues.NO) >= LearnedCues.THRESHOLD);
        log.println("dev cue decision: " + prf);
        int right = 0, side = 0, n = 0;
        for (Example e : dev) {
            if (e.outcome().equals(LearnedCues.NO)) {
                continue;
            }
            n++;
            boolean before = c.probability(e.candidate().features(), LearnedCues.BEFORE)
                    > c.probability(e.candidate().features(), LearnedCues.AFTER);
            side += before == e.outcome().equals(LearnedCues.BEFORE) ? 1 : 0;
            Span content = CueContent.of(e.sentence(), e.candidate(),
                    before ? CueContent.Side.BEFORE : CueContent.Side.AFTER);
            right += e.gold().stream().anyMatch(g -> matches(content, g)) ? 1 : 0;
        }
        log.printf("dev gold cues: side right %d/%d, content matches gold %d/%d%n", side, n, right, n);
    }

    private static boolean matches(Span a, Span b) {
        return a.length() > 0 && a.overlap(b) >= 0.3 * Math.max(a.length(), b.length());
    }

    /** The insides of the text's quotation marks. */
    static List<Span> quoteMarks(String text) {
        List<Span> marks = new ArrayList<>();
        Matcher m = QUOTE.matcher(text);
        while (m.find()) {
            int g = m.group(1) != null ? 1 : 2;
            marks.add(new Span(m.start(g), m.end(g)));
        }
        return marks;
    }

    /** The fragments of an attribution's content that no quotation covers (its reported speech). */
    static List<Span> reportedFragments(Polnear.Attribution at, String text, List<Span> marks) {
        List<Span> out = new ArrayList<>();
        for (int[] p : at.content().parts()) {
            Span f = new Span(p[0], p[1]);
            boolean quoted = marks.stream().anyMatch(q -> q.overlap(f) >= 0.5 * q.length());
            if (!quoted && !text.substring(p[0], p[1]).isBlank()) {
                out.add(f);
            }
        }
        return out;
    }

    /** The longest reported fragment of an attribution's content, or null when all of it is quoted. */
    static Span longestReported(Polnear.Attribution at, String text, List<Span> marks) {
        return longest(reportedFragments(at, text, marks));
    }

    /** The longest of the fragments, or null when there are none. */
    private static Span longest(List<Span> fragments) {
        Span longest = null;
        for (Span f : fragments) {
            longest = longest == null || f.length() > longest.length() ? f : longest;
        }
        return longest;
    }

    /** The labelled candidates of the articles, read through the stages before reported speech (two threads). */
    static List<Example> examples(List<Polnear.Article> articles, Function<Polnear.Article, Document> reader,
            LanguageResources en, CueWords words) {
        List<List<Example>> per = articles.parallelStream().map(a -> examples(a, reader.apply(a), en, words))
                .toList();
        List<Example> out = new ArrayList<>();
        per.forEach(out::addAll);
        return out;
    }

    /** The labelled candidates of one article, its cue words {@code words} (of {@code res}'s language). */
    static List<Example> examples(Polnear.Article a, Document doc, LanguageResources res, CueWords words) {
        List<Span> marks = quoteMarks(a.text());
        List<Span> reported = new ArrayList<>();
        List<Polnear.Fragments> cues = new ArrayList<>();
        List<Boolean> before = new ArrayList<>();
        for (Polnear.Attribution at : a.attributions()) {
            List<Span> fragments = reportedFragments(at, a.text(), marks);
            reported.addAll(fragments);
            Span longest = longest(fragments);
            if (longest != null && at.cue() != null) {
                cues.add(at.cue());
                before.add(longest.start() < at.cue().start());
            }
        }
        List<Example> out = new ArrayList<>();
        var reading = doc.reading();
        SubjectFinder subjects = new SubjectFinder(reading, res.speech());
        boolean[] taken = new boolean[cues.size()];
        for (int s = 0; s < reading.sentenceCount(); s++) {
            SentenceWords sw = new SentenceWords(subjects, s, res.speech(), res.entityLabels());
            CueFinder finder = new CueFinder(sw);
            List<SpeechCue> found = finder.find(doc.quotes());
            for (CueCandidates.Candidate c : CueCandidates.of(sw, words, found, finder.rejected())) {
                int at = sw.start(c.k());
                String outcome = LearnedCues.NO;
                for (int i = 0; i < cues.size(); i++) {
                    if (!taken[i] && cues.get(i).covers(at)) {
                        taken[i] = true;
                        outcome = LearnedCues.outcome(true, before.get(i));
                        break;
                    }
                }
                out.add(new Example(outcome, c, sw, reported));
            }
        }
        return out;
    }
}
