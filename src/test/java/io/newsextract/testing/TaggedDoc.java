package io.newsextract.testing;

import io.newsextract.api.DetectedLanguage;
import io.newsextract.api.Document;
import io.newsextract.api.EntityMention;
import io.newsextract.api.Quote;
import io.newsextract.api.QuoteSpan;
import io.newsextract.api.Reading;
import io.newsextract.api.Sentence;
import io.newsextract.api.Span;
import io.newsextract.api.SpeechCue;
import io.newsextract.api.TextSpan;
import io.newsextract.api.Token;
import io.newsextract.lexicon.LanguageResources;
import io.newsextract.lexicon.SpeechLexicon;
import io.newsextract.quote.SpeechCues;
import io.newsextract.reading.ReadingStage;
import io.newsextract.reading.SubjectFinder;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A tagged, entity-marked, quote-marked {@link Document} written by hand, so that rule tests run without CoreNLP.
 * One sentence a line, a blank line between paragraphs; tokens {@code word/POS} or {@code word/POS/NER} separated by
 * spaces (NER one of {@value #TYPES}, {@code B-} before it to start a second entity right after one of that type):
 * <pre>
 * [d We/PRP need/VBP more/JJR time/NN ] ,/, ”/'' John/NNP/PERSON Smith/NNP/PERSON *said/VBD ./.
 * </pre>
 * {@code [d}, {@code [p}, {@code [i} open a direct, partial or indirect quote on the next token and {@code ]} closes
 * the last one opened; {@code *} marks the cue of an indirect quote (the n-th cue goes with the n-th indirect quote;
 * {@code **} for a cue two quotes share; the reading gets a speech-cue candidate for each, with its subject). The text is the words joined by single spaces, except no space before
 * closing punctuation and marks, and none after opening ones and elisions ("all'"); {@code ~word} forces no space,
 * {@code _word} forces one, and a token {@code ¶} breaks the paragraph inside a sentence.
 */
public final class TaggedDoc {

    static final String TYPES = "PERSON ORGANIZATION LOCATION MISC";
    private static final Set<String> ENTITY_TYPES = Set.of(TYPES.split(" "));

    /** The reading the later stages share is built by the real stage, from the languages' own data. */
    public static final Map<String, LanguageResources> RESOURCES = LanguageResources.load(List.of("en", "it"));
    private static final ReadingStage READING = new ReadingStage(RESOURCES);

    private TaggedDoc() {
    }

    /** The document the notation describes, in language {@code lang}, with quotes numbered q1, q2, … in text order. */
    public static Document parse(String lang, String notation) {
        return new Reader().read(lang, notation);
    }

    /** The notation of a document (the inverse of {@link #parse}, merged multi-word tokens written once). */
    public static String write(Document doc) {
        return TaggedDocWriter.write(doc);
    }

    /** One token of the notation: word, POS, entity type or null, and whether it starts a new entity. */
    record Tag(String word, String pos, String ner, boolean begins) {

        static Tag of(String spec) {
            int cut = spec.lastIndexOf('/');
            if (cut <= 0) {
                throw new IllegalArgumentException("token without a POS tag: " + spec);
            }
            String last = spec.substring(cut + 1);
            String type = last.startsWith("B-") ? last.substring(2) : last;
            if (ENTITY_TYPES.contains(type)) {
                Tag inner = of(spec.substring(0, cut));
                return new Tag(inner.word, inner.pos, type, last.startsWith("B-"));
            }
            return new Tag(spec.substring(0, cut), last, null, false);
        }
    }

    private static final class OpenQuote {
        final String kind;
        int start = -1;

        OpenQuote(String kind) {
            this.kind = kind;
        }
    }

    private static final class Reader {
        private final StringBuilder text = new StringBuilder();
        private final Spacing spacing = new Spacing();
        private final List<Sentence> sentences = new ArrayList<>();
        private final List<EntityMention> entities = new ArrayList<>();
        private final List<Quote> quotes = new ArrayList<>();
        private final Deque<OpenQuote> open = new ArrayDeque<>();
        private final List<Span> cues = new ArrayList<>();
        private final List<Integer> indirect = new ArrayList<>();
        private boolean newParagraph;
        private String entityType;
        private int entityStart;
        private int entityEnd;

        Document read(String lang, String notation) {
            for (String line : notation.strip().split("\n")) {
                if (line.isBlank()) {
                    newParagraph = true;
                } else {
                    sentence(line.strip());
                }
            }
            closeEntity();
            if (!open.isEmpty() || cues.size() != indirect.size()) {
                throw new IllegalArgumentException("unclosed quote or cues not matching indirect quotes: " + notation);
            }
            String t = text.toString();
            for (int k = 0; k < indirect.size(); k++) {
                Quote q = quotes.get(indirect.get(k));
                quotes.set(indirect.get(k), new Quote("", q.text(), q.start(), q.end(), q.kind(), null, null,
                        TextSpan.of(t, cues.get(k)), null, 0.0));
            }
            quotes.sort(Comparator.comparingInt(Quote::start).thenComparing(q -> q.kind().equals("indirect")));
            List<Quote> numbered = new ArrayList<>();
            for (Quote q : quotes) {
                numbered.add(new Quote("q" + (numbered.size() + 1), q.text(), q.start(), q.end(), q.kind(), null,
                        null, q.cue(), null, 0.0));
            }
            Document doc = READING.annotate(Document.of("t", "t.txt", t).withLanguage(new DetectedLanguage(lang, 1.0))
                    .withSentences(sentences).withEntities(entities).withQuotes(numbered));
            List<QuoteSpan> spans = numbered.stream().filter(q -> !q.kind().equals("indirect"))
                    .map(q -> new QuoteSpan(q.span(), marked(t, q.span(), RESOURCES.get(lang).speech()))).toList();
            Reading reading = doc.reading().withQuoteSpans(spans);
            return doc.withReading(reading.withCues(cues(reading, numbered, RESOURCES.get(lang).speech())));
        }

        /**
         * The speech-cue candidates of the indirect quotes, as reported speech leaves them in the reading: the marked
         * cue, the quote as content, the rule {@code tagged} and where the one subject finder places the subject.
         */
        private static List<SpeechCue> cues(Reading reading, List<Quote> quotes, SpeechLexicon lex) {
            SubjectFinder subjects = new SubjectFinder(reading, lex);
            List<SpeechCue> out = new ArrayList<>();
            for (Quote q : quotes) {
                if (q.kind().equals("indirect") && q.cue() != null) {
                    int v = reading.firstAtOrAfter(q.cue().start());
                    boolean according = SpeechCues.accordingToAt(reading, v, reading.size(), lex) > v;
                    boolean participle = lex.verb(reading.surface(v)).map(SpeechLexicon.Verb::nonFinite).orElse(false);
                    out.add(new SpeechCue(q.cue().span(), q.span(), "tagged",
                            according ? null : subjects.subjectOf(v, participle)));
                }
            }
            return out;
        }

        /**
         * A quote's span with its marks and the punctuation the writer put inside the closing mark, as the quote
         * scanner reports it for real text.
         */
        private static Span marked(String t, Span q, SpeechLexicon lex) {
            int s = q.start();
            while (s > 0 && Character.isWhitespace(t.charAt(s - 1))) {
                s--;
            }
            s = s > 0 && isMark(t.charAt(s - 1), lex) ? s - 1 : q.start();
            int e = q.end();
            while (e < t.length() && e - q.end() < 3 && ",.;:!? ".indexOf(t.charAt(e)) >= 0) {
                e++;
            }
            e = e < t.length() && isMark(t.charAt(e), lex) ? e + 1 : q.end();
            return new Span(s, e);
        }

        private static boolean isMark(char c, SpeechLexicon lex) {
            return lex.quoteMarks().stream().anyMatch(m -> m.open() == c || m.close() == c);
        }

        private void sentence(String line) {
            List<Token> tokens = new ArrayList<>();
            for (String spec : line.split("\\s+")) {
                switch (spec) {
                    case "[d" -> open.push(new OpenQuote("direct"));
                    case "[p" -> open.push(new OpenQuote("partial"));
                    case "[i" -> open.push(new OpenQuote("indirect"));
                    case "]" -> closeQuote();
                    case "¶" -> newParagraph = true;
                    default -> tokens.add(token(spec, tokens.size()));
                }
            }
            sentences.add(new Sentence(sentences.size(), new Span(tokens.get(0).start(),
                    tokens.get(tokens.size() - 1).end()), tokens));
        }

        private Token token(String spec, int index) {
            int stars = 0;
            while (spec.charAt(stars) == '*') {
                stars++;
            }
            spec = spec.substring(stars);
            Spacing.Force force = spec.startsWith("~") ? Spacing.Force.GLUE
                    : spec.startsWith("_") ? Spacing.Force.SPACE : Spacing.Force.NONE;
            Tag tag = Tag.of(force == Spacing.Force.NONE ? spec : spec.substring(1));
            boolean glued = spacing.glued(tag.word(), force);
            if (text.length() > 0) {
                text.append(newParagraph ? "\n\n" : glued ? "" : " ");
            }
            newParagraph = false;
            int start = text.length();
            text.append(tag.word());
            Span span = new Span(start, text.length());
            for (int k = 0; k < stars; k++) {
                cues.add(span);
            }
            for (OpenQuote q : open) {
                if (q.start < 0) {
                    q.start = start;
                }
            }
            entity(tag, span);
            return new Token(index, span, tag.word(), tag.pos(), null, tag.ner() == null ? "O" : tag.ner());
        }

        private void entity(Tag tag, Span span) {
            if (entityType != null && (tag.begins() || !entityType.equals(tag.ner()))) {
                closeEntity();
            }
            if (tag.ner() != null && entityType == null) {
                entityType = tag.ner();
                entityStart = span.start();
            }
            if (tag.ner() != null) {
                entityEnd = span.end();
            }
        }

        private void closeEntity() {
            if (entityType != null) {
                entities.add(new EntityMention("e" + (entities.size() + 1), text.substring(entityStart, entityEnd),
                        entityType, null, entityStart, entityEnd));
                entityType = null;
            }
        }

        private void closeQuote() {
            OpenQuote q = open.pop();
            if (q.kind.equals("indirect")) {
                indirect.add(quotes.size());
            }
            quotes.add(new Quote("", text.substring(q.start), q.start, text.length(), q.kind, null, null, null, null,
                    0.0));
        }
    }
}
