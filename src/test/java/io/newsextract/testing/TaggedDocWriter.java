package io.newsextract.testing;

import io.newsextract.api.Document;
import io.newsextract.api.EntityMention;
import io.newsextract.api.Quote;
import io.newsextract.api.Sentence;
import io.newsextract.api.Span;
import io.newsextract.api.Token;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Writes an annotated document in the notation of {@link TaggedDoc}: how a test case is made from a real pipeline run
 * once, then kept as pre-tagged text. Tokens that repeat the span before them (expanded multi-word tokens) are written
 * once, with the first one's tag; an entity covers the tokens that lie inside it.
 */
final class TaggedDocWriter {

    private TaggedDocWriter() {
    }

    static String write(Document doc) {
        String text = doc.text();
        List<Span> paragraphs = doc.reading().paragraphs().stream().map(p -> p.span()).toList();
        List<Quote> quotes = new ArrayList<>(doc.quotes());
        quotes.sort(Comparator.comparingInt(Quote::start).thenComparing(q -> -q.end()));
        Spacing spacing = new Spacing();
        for (Quote q : quotes) {
            if (doc.tokens().stream().noneMatch(t -> t.start() == q.start())
                    || doc.tokens().stream().noneMatch(t -> t.end() == q.end())) {
                throw new IllegalArgumentException("quote " + q.id() + " does not begin and end with a token");
            }
        }
        StringBuilder out = new StringBuilder();
        Token prev = null;
        for (Sentence s : doc.sentences()) {
            if (prev != null) {
                out.append(paragraphOf(paragraphs, prev.start()) != paragraphOf(paragraphs, s.span().start()) ? "\n\n"
                        : "\n");
            }
            String sep = "";
            for (Token t : s.tokens()) {
                if (prev != null && t.span().equals(prev.span())) {
                    continue;
                }
                String word = t.span().of(text);
                boolean newParagraph = prev != null
                        && paragraphOf(paragraphs, prev.start()) != paragraphOf(paragraphs, t.start());
                out.append(sep);
                if (newParagraph && !sep.isEmpty()) {
                    out.append("¶ ");
                }
                for (Quote q : quotes) {
                    if (q.start() == t.start()) {
                        out.append("[").append(q.kind().charAt(0)).append(' ');
                    }
                }
                out.append("*".repeat((int) quotes.stream().filter(q -> q.cue() != null && q.cue().start() == t.start()
                        && q.kind().equals("indirect")).count()));
                boolean glued = prev != null && prev.end() == t.start();
                boolean predicted = spacing.wouldGlue(word);
                spacing.glued(word, Spacing.Force.NONE);
                if (prev != null && !newParagraph && glued != predicted) {
                    out.append(glued ? "~" : "_");
                }
                out.append(word).append('/').append(t.pos()).append(entityLabel(doc, t, prev));
                for (int k = quotes.size() - 1; k >= 0; k--) {
                    if (quotes.get(k).end() == t.end()) {
                        out.append(" ]");
                    }
                }
                sep = " ";
                prev = t;
            }
        }
        return out.append('\n').toString();
    }

    private static int paragraphOf(List<Span> paragraphs, int offset) {
        int p = 0;
        while (p + 1 < paragraphs.size() && paragraphs.get(p).end() <= offset) {
            p++;
        }
        return p;
    }

    private static String entityLabel(Document doc, Token t, Token prev) {
        EntityMention e = entityAt(doc, t);
        if (e == null) {
            return "";
        }
        EntityMention before = prev == null ? null : entityAt(doc, prev);
        boolean begins = before != null && before != e && before.type().equals(e.type());
        return "/" + (begins ? "B-" : "") + e.type();
    }

    private static EntityMention entityAt(Document doc, Token t) {
        for (EntityMention e : doc.entities()) {
            if (e.start() <= t.start() && t.end() <= e.end()) {
                return e;
            }
        }
        return null;
    }
}
