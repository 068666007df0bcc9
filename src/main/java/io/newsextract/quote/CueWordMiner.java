package io.newsextract.quote;

import io.newsextract.api.Span;
import io.newsextract.corpora.Polnear;
import io.newsextract.lexicon.SpeechLexicon;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words a corpus marks as cues that {@code cue-words.tsv} does not list: for every word form, how many of its
 * occurrences stand inside the cue of an attribution with reported (unquoted) content, against how often it occurs. A
 * word that is such a cue in more than {@link #MIN_SHARE} of its occurrences, at least {@link #MIN_CUES} times, is
 * worth a row of the list; function words ("is", "not", "on") occur too often elsewhere to pass.
 * {@link ReportedCueTarget} prints them when it trains, so the list grows from the corpus rather than from memory.
 */
final class CueWordMiner {

    static final int MIN_CUES = 5;
    static final double MIN_SHARE = 0.5;
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'’-]*");

    /** A word form, its occurrences inside a cue and all its occurrences. */
    record Row(String word, int cues, int occurrences) {
    }

    private CueWordMiner() {
    }

    /** The word forms past both thresholds that neither {@code words} nor the speech verbs of {@code lex} know. */
    static List<Row> unlisted(List<Polnear.Article> articles, CueWords words, SpeechLexicon lex) {
        Map<String, Integer> occurrences = new HashMap<>();
        Map<String, Integer> cues = new HashMap<>();
        for (Polnear.Article a : articles) {
            List<Span> marks = ReportedCueTarget.quoteMarks(a.text());
            List<Polnear.Fragments> reporting = a.attributions().stream()
                    .filter(at -> at.cue() != null && ReportedCueTarget.longestReported(at, a.text(), marks) != null)
                    .map(Polnear.Attribution::cue).toList();
            Matcher m = WORD.matcher(a.text());
            while (m.find()) {
                String w = SpeechLexicon.lower(m.group());
                occurrences.merge(w, 1, Integer::sum);
                int at = m.start();
                if (reporting.stream().anyMatch(c -> c.covers(at))) {
                    cues.merge(w, 1, Integer::sum);
                }
            }
        }
        List<Row> out = new ArrayList<>();
        cues.forEach((w, n) -> {
            int occ = occurrences.get(w);
            if (n >= MIN_CUES && n > MIN_SHARE * occ && words.classes(w).isEmpty() && lex.verb(w).isEmpty()) {
                out.add(new Row(w, n, occ));
            }
        });
        out.sort((x, y) -> x.cues() != y.cues() ? y.cues() - x.cues() : x.word().compareTo(y.word()));
        return out;
    }

    /** One line for the training log: the rows with their counts, most frequent first. */
    static void print(List<Row> rows, PrintStream log) {
        StringBuilder b = new StringBuilder();
        rows.forEach(r -> b.append(b.length() == 0 ? "" : ", ").append(r.word()).append(' ').append(r.cues())
                .append('/').append(r.occurrences()));
        log.println("cue words not in cue-words.tsv (cue/occurrences, at least " + MIN_CUES + ", share over "
                + MIN_SHARE + "): " + (rows.isEmpty() ? "none" : b));
    }
}
