package io.newsextract.lexicon;

import io.newsextract.api.PipelineException;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A small pattern over {@link SurfaceToken}s, written in the language data files. Elements are separated by spaces:
 * <ul>
 *   <li>{@code agree|concur} — a token whose surface, word or lemma is one of the forms;
 *       {@code concord*} — starts with the form; {@code /.+eremo/} — the surface matches the regular expression;
 *       {@code @name} — any form of a named word list;</li>
 *   <li>{@code {VB|MD}} after an element (or alone) — the token also has a tag starting with one of these;</li>
 *   <li>{@code !forms{TAG}} — a token with the tag that is none of the forms;</li>
 *   <li>{@code form?} — optional; {@code ^form} — the trigger (default: the first element);</li>
 *   <li>{@code ~3} — up to three tokens of any kind, but no clause punctuation.</li>
 * </ul>
 * A lone hyphen between two elements is skipped ("critical - mineral" matches {@code critical mineral}).
 */
public final class TokenPattern {

    private static final Set<String> GAP_STOPS = Set.of(",", ";", ":", ".", "!", "?", "(", ")", "—", "–", "[", "]");
    private static final Set<String> HYPHENS = Set.of("-", "‐", "‑");

    private final String source;
    private final List<Element> elements;
    private final int trigger;

    /** Where a pattern matched: surface-token indices, end exclusive, and the trigger token. */
    public record Match(int start, int end, int trigger) {
    }

    private record Element(List<String> exact, List<String> prefixes, List<Pattern> regexes, List<String> tags,
                           boolean negated, boolean optional, int gap) {

        boolean isGap() {
            return gap > 0;
        }

        boolean matches(SurfaceToken t) {
            if (!tags.isEmpty() && !t.hasTag(tags)) {
                return false;
            }
            boolean listed = false;
            for (String e : exact) {
                listed |= t.is(e);
            }
            for (String p : prefixes) {
                listed |= t.startsWith(p);
            }
            for (Pattern r : regexes) {
                listed |= r.matcher(t.surface()).matches();
            }
            boolean anyForm = exact.isEmpty() && prefixes.isEmpty() && regexes.isEmpty();
            return negated ? !listed : anyForm || listed;
        }
    }

    private TokenPattern(String source, List<Element> elements, int trigger) {
        this.source = source;
        this.elements = List.copyOf(elements);
        this.trigger = trigger;
    }

    public static TokenPattern compile(String source) {
        return compile(source, Map.of());
    }

    /** Compiles a pattern; {@code lists} gives the forms of each {@code @name}. */
    public static TokenPattern compile(String source, Map<String, List<String>> lists) {
        List<Element> elements = new ArrayList<>();
        int trigger = -1;
        for (String raw : source.strip().split("\\s+")) {
            if (raw.matches("~\\d+")) {
                elements.add(new Element(List.of(), List.of(), List.of(), List.of(), false, true,
                        Integer.parseInt(raw.substring(1))));
                continue;
            }
            String s = raw;
            if (s.startsWith("^")) {
                trigger = elements.size();
                s = s.substring(1);
            }
            elements.add(element(s, lists, source));
        }
        if (elements.isEmpty() || elements.get(0).isGap()) {
            throw new PipelineException("pattern must start with a token: '" + source + "'");
        }
        if (trigger < 0) {
            trigger = 0;
            while (elements.get(trigger).optional()) {
                trigger++;
            }
        }
        return new TokenPattern(source, elements, trigger);
    }

    private static Element element(String s, Map<String, List<String>> lists, String source) {
        boolean optional = s.endsWith("?") && s.length() > 1 && !s.endsWith("/?");
        if (optional) {
            s = s.substring(0, s.length() - 1);
        }
        boolean negated = s.startsWith("!");
        if (negated) {
            s = s.substring(1);
        }
        List<String> tags = List.of();
        int brace = s.lastIndexOf('{');
        if (brace >= 0 && s.endsWith("}")) {
            tags = List.of(s.substring(brace + 1, s.length() - 1).split("\\|"));
            s = s.substring(0, brace);
        }
        List<String> exact = new ArrayList<>();
        List<String> prefixes = new ArrayList<>();
        List<Pattern> regexes = new ArrayList<>();
        List<String> forms = new ArrayList<>();
        if (s.startsWith("/") && s.endsWith("/") && s.length() > 2) {
            regexes.add(Pattern.compile(s.substring(1, s.length() - 1), Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE));
        } else if (!s.isEmpty()) {
            for (String alt : s.split("\\|")) {
                if (alt.startsWith("@")) {
                    List<String> list = lists.get(alt.substring(1));
                    if (list == null) {
                        throw new PipelineException("pattern '" + source + "' uses unknown list " + alt);
                    }
                    forms.addAll(list);
                } else {
                    forms.add(alt);
                }
            }
        }
        for (String f : forms) {
            String form = f.toLowerCase(Locale.ROOT).replace('_', ' ');
            if (form.endsWith("*") && form.length() > 1) {
                prefixes.add(form.substring(0, form.length() - 1));
            } else {
                exact.add(form);
            }
        }
        if (exact.isEmpty() && prefixes.isEmpty() && regexes.isEmpty() && tags.isEmpty()) {
            throw new PipelineException("empty element in pattern '" + source + "'");
        }
        return new Element(exact, prefixes, regexes, tags, negated, optional, 0);
    }

    /** The first match that starts exactly at {@code from}. */
    public Optional<Match> matchAt(List<SurfaceToken> tokens, int from) {
        int[] triggerAt = new int[]{-1};
        int end = match(tokens, 0, from, from, triggerAt);
        return end < 0 ? Optional.empty() : Optional.of(new Match(from, end, triggerAt[0]));
    }

    /** Every non-overlapping match, left to right. */
    public List<Match> findAll(List<SurfaceToken> tokens) {
        List<Match> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Optional<Match> m = matchAt(tokens, i);
            if (m.isPresent() && m.get().end() > i) {
                out.add(m.get());
                i = m.get().end();
            } else {
                i++;
            }
        }
        return out;
    }

    /** Matches elements from {@code e} on at token {@code p}; returns the end token index or -1. */
    private int match(List<SurfaceToken> tokens, int e, int p, int first, int[] triggerAt) {
        if (e == elements.size()) {
            return p;
        }
        Element el = elements.get(e);
        if (el.isGap()) {
            for (int skip = 0; skip <= el.gap(); skip++) {
                int end = match(tokens, e + 1, p + skip, first, triggerAt);
                if (end >= 0) {
                    return end;
                }
                if (p + skip >= tokens.size() || GAP_STOPS.contains(tokens.get(p + skip).surface())) {
                    return -1;
                }
            }
            return -1;
        }
        int q = p;
        if (p > first && q < tokens.size() && HYPHENS.contains(tokens.get(q).surface()) && !el.matches(tokens.get(q))) {
            q++;
        }
        if (q < tokens.size() && el.matches(tokens.get(q))) {
            int end = match(tokens, e + 1, q + 1, first, triggerAt);
            if (end >= 0) {
                if (e == trigger) {
                    triggerAt[0] = q;
                }
                return end;
            }
        }
        return el.optional() ? match(tokens, e + 1, p, first, triggerAt) : -1;
    }

    /** The literal first forms, for indexing; empty when the first element is not a plain word list. */
    public List<String> firstForms() {
        Element first = elements.get(0);
        if (first.optional() || first.negated() || !first.prefixes().isEmpty() || !first.regexes().isEmpty()) {
            return List.of();
        }
        return first.exact();
    }

    @Override
    public String toString() {
        return source;
    }
}
