package io.newsextract.api;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Joins the annotated pieces of a long article, each annotated as a document of its own, into one document over
 * the whole text: offsets shifted by the piece's start, ids renumbered, speakers of the same name and sectors of
 * the same id merged, references (speakerId, entityId, quoteId, members) rewritten.
 */
final class DocumentMerger {

    private final Document whole;
    private final List<Sentence> sentences = new ArrayList<>();
    private final List<EntityMention> entities = new ArrayList<>();
    private final List<Quote> quotes = new ArrayList<>();
    private final Map<String, Speaker> speakers = new LinkedHashMap<>();
    private final Map<String, SectorHit> sectors = new LinkedHashMap<>();
    private final List<Pledge> pledges = new ArrayList<>();
    private final LinkedHashSet<String> warnings = new LinkedHashSet<>();
    private final List<Decision> trace = new ArrayList<>();
    private Document first;

    DocumentMerger(Document whole) {
        this.whole = whole;
    }

    void add(Document piece, int offset) {
        if (first == null) {
            first = piece;
        }
        warnings.addAll(piece.warnings());
        piece.trace().forEach(d -> trace.add(d.shifted(offset)));
        for (Sentence s : piece.sentences()) {
            List<Token> tokens = new ArrayList<>(s.tokens().size());
            for (Token t : s.tokens()) {
                tokens.add(new Token(t.index(), shift(t.span(), offset), t.word(), t.pos(), t.lemma(), t.ner()));
            }
            sentences.add(new Sentence(sentences.size(), shift(s.span(), offset), tokens, s.dependencies()));
        }
        Map<String, String> ids = new HashMap<>();
        for (EntityMention e : piece.entities()) {
            String id = "e" + (entities.size() + 1);
            ids.put(e.id(), id);
            entities.add(new EntityMention(id, e.text(), e.type(), e.subtype(), e.start() + offset, e.end() + offset));
        }
        for (Speaker s : piece.speakers()) {
            Speaker known = speakers.get(s.name());
            String id = known != null ? known.id() : "s" + (speakers.size() + 1);
            ids.put(s.id(), id);
        }
        for (Quote q : piece.quotes()) {
            String id = "q" + (quotes.size() + 1);
            ids.put(q.id(), id);
            quotes.add(new Quote(id, q.text(), q.start() + offset, q.end() + offset, q.kind(), ids.get(q.speakerId()),
                    q.speaker(), shift(q.cue(), offset), q.method(), q.confidence()));
        }
        for (Speaker s : piece.speakers()) {
            Speaker known = speakers.get(s.name());
            List<String> members = new ArrayList<>(known == null ? List.of() : known.members());
            s.members().stream().map(ids::get).filter(m -> !members.contains(m)).forEach(members::add);
            List<TextSpan> mentions = new ArrayList<>(known == null ? List.of() : known.mentions());
            s.mentions().forEach(m -> mentions.add(shift(m, offset)));
            List<String> quoteIds = new ArrayList<>(known == null ? List.of() : known.quoteIds());
            s.quoteIds().forEach(q -> quoteIds.add(ids.get(q)));
            speakers.put(s.name(), new Speaker(ids.get(s.id()), s.name(), s.type(),
                    known != null && known.role() != null ? known.role() : s.role(),
                    known != null && known.affiliation() != null ? known.affiliation() : s.affiliation(),
                    members, mentions, quoteIds));
        }
        for (SectorHit h : piece.sectors()) {
            List<TextSpan> mentions = new ArrayList<>(sectors.containsKey(h.id()) ? sectors.get(h.id()).mentions() : List.of());
            h.mentions().forEach(m -> mentions.add(shift(m, offset)));
            sectors.put(h.id(), new SectorHit(h.id(), h.label(), mentions));
        }
        for (Pledge p : piece.pledges()) {
            List<Pledge.Actor> actors = p.actors().stream()
                    .map(a -> new Pledge.Actor(a.name(), ids.get(a.entityId()), ids.get(a.speakerId()))).toList();
            pledges.add(new Pledge("p" + (pledges.size() + 1), p.text(), p.start() + offset, p.end() + offset, actors,
                    shift(p.trigger(), offset), p.action(), p.strength(), p.sectors(),
                    p.timeframe() == null ? null : p.timeframe().shifted(offset),
                    p.amount() == null ? null : p.amount().shifted(offset), p.negated(), ids.get(p.quoteId()),
                    p.method(), p.confidence()));
        }
    }

    Document build(int pieces) {
        Metadata m = first.metadata();
        Document d = new Document(whole.docId(), whole.source(), whole.text(), first.language(),
                CleanText.unchanged(whole.text()), m, sentences, entities, quotes, List.copyOf(speakers.values()),
                List.copyOf(sectors.values()), pledges, List.copyOf(warnings), trace, null, null);
        return d.withWarning("long article: processed in " + pieces + " pieces; quotes and pledges do not cross them");
    }

    private static Span shift(Span s, int offset) {
        return new Span(s.start() + offset, s.end() + offset);
    }

    private static TextSpan shift(TextSpan s, int offset) {
        return s == null ? null : new TextSpan(s.text(), s.start() + offset, s.end() + offset);
    }
}
