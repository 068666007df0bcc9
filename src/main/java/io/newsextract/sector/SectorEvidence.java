package io.newsextract.sector;

import io.newsextract.api.Document;
import io.newsextract.api.Quote;
import io.newsextract.api.Sentence;
import io.newsextract.api.TextSpan;
import io.newsextract.lexicon.LanguageResources;
import io.newsextract.lexicon.PosClasses;
import io.newsextract.lexicon.SurfaceToken;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What one article says of each sector its terms name ({@link SectorLexicon}), weighed over the whole article: every
 * mention, and of the mentions outside capitalised names ({@link NameShape}, no evidence) how many, in how many
 * sentences, in the headline and lead, inside quotes, from how many different terms, how many needed context. The
 * sector rule ({@link Candidate#ruleSays()}) and the learned decision ({@link SectorFeatures}) both read it.
 */
final class SectorEvidence {

    /** Articles up to this many words may count a sector on one mention. */
    static final int SHORT_ARTICLE_WORDS = 300;
    /** Sentences that make up the headline and lead (a date line, the title, the first sentences). */
    static final int LEAD_SENTENCES = 4;
    static final int MIN_MENTIONS = 2;

    private final Map<String, SectorLexicon> lexicons = new LinkedHashMap<>();
    private final Map<String, PosClasses> classes;

    SectorEvidence(Map<String, LanguageResources> resources) {
        resources.forEach((lang, r) -> lexicons.put(lang, new SectorLexicon(r.sectors(), r.classes())));
        classes = LanguageResources.each(resources, LanguageResources::classes);
    }

    boolean supports(String language) {
        return lexicons.containsKey(language);
    }

    /** The article's words and the evidence of each sector it mentions, in order of first mention. */
    record Article(int words, List<Candidate> candidates) {

        /** Mentions outside names over all sectors. */
        int evidence() {
            return candidates.stream().mapToInt(Candidate::evidence).sum();
        }

        /** 1 for the sector with the most evidence; sectors with as much share a rank. */
        int rank(Candidate c) {
            return 1 + (int) candidates.stream().filter(o -> o.evidence() > c.evidence()).count();
        }

        boolean isShort() {
            return words <= SHORT_ARTICLE_WORDS;
        }
    }

    /**
     * One sector of one article.
     *
     * @param mentions      every mention, names included
     * @param evidence      mentions outside names
     * @param sentences     sentences holding evidence
     * @param lead          evidence in the headline and lead
     * @param quoted        evidence inside a quote
     * @param terms         different words of the evidence (lower-cased)
     * @param ambiguous     evidence from terms that needed context
     * @param firstSentence the first sentence holding evidence (-1 when none)
     */
    record Candidate(String id, String label, List<TextSpan> mentions, int evidence, int sentences, int lead,
                     int quoted, int terms, int ambiguous, int firstSentence, int sentenceCount) {

        /**
         * The rule: a sector needs evidence that the article talks about it, not a passing word: in a short article
         * one mention is enough; in a longer one the sector needs two mentions, or one in the headline or lead.
         */
        boolean ruleSays(Article a) {
            return evidence > 0 && (a.isShort() || lead > 0 || evidence >= MIN_MENTIONS);
        }
    }

    Article read(Document document) {
        SectorLexicon lexicon = lexicons.get(document.languageCode());
        PosClasses wordClasses = classes.get(document.languageCode());
        Map<String, Tally> tallies = new LinkedHashMap<>();
        int words = 0;
        for (Sentence s : document.sentences()) {
            List<SurfaceToken> tokens = SurfaceToken.of(s, document.text());
            words += (int) tokens.stream().filter(t -> !t.isPunctuation()).count();
            NameShape names = new NameShape(tokens, document.text(), wordClasses);
            for (SectorLexicon.Mention m : lexicon.find(tokens)) {
                int start = tokens.get(m.from()).start();
                int end = tokens.get(m.to() - 1).end();
                Tally t = tallies.computeIfAbsent(m.sector(), k -> new Tally());
                TextSpan span = TextSpan.of(document.text(), start, end);
                t.mentions.add(span);
                if (!names.insideName(m.from(), m.to())) {
                    t.evidence++;
                    t.sentences.add(s.index());
                    t.lead += s.index() < LEAD_SENTENCES ? 1 : 0;
                    t.quoted += quoted(document.quotes(), start, end) ? 1 : 0;
                    t.terms.add(span.text().toLowerCase(Locale.ROOT));
                    t.ambiguous += m.ambiguous() ? 1 : 0;
                }
            }
        }
        int sentenceCount = document.sentences().size();
        List<Candidate> out = new ArrayList<>();
        tallies.forEach((id, t) -> out.add(new Candidate(id, lexicon.label(id), t.mentions, t.evidence,
                t.sentences.size(), t.lead, t.quoted, t.terms.size(), t.ambiguous,
                t.sentences.stream().mapToInt(Integer::intValue).min().orElse(-1), sentenceCount)));
        return new Article(words, out);
    }

    private static boolean quoted(List<Quote> quotes, int start, int end) {
        return quotes.stream().anyMatch(q -> q.start() <= start && end <= q.end());
    }

    private static final class Tally {
        final List<TextSpan> mentions = new ArrayList<>();
        final Set<Integer> sentences = new HashSet<>();
        final Set<String> terms = new HashSet<>();
        int evidence;
        int lead;
        int quoted;
        int ambiguous;
    }
}
