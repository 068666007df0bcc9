package io.newsextract.clean;

import io.newsextract.api.Artifact;
import io.newsextract.api.Document;
import io.newsextract.api.Metadata;
import io.newsextract.api.Span;
import io.newsextract.api.Stage;
import io.newsextract.api.TextSpan;
import io.newsextract.lexicon.LanguageResources;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds the publication date near the top of the article ("January 20, 2026", "Mercoledì 4 Febbraio 2026",
 * "2026-01-20") and the dateline ("SEOUL –", "WASHINGTON (Reuters) -"). Month names come from
 * {@code models/<lang>/months.txt}.
 */
public final class MetadataStage implements Stage {

    /** The date of publication is looked for in the article's head, then in its tail. */
    private static final int HEAD = 600;
    private static final int TAIL = 400;
    private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
    private static final Pattern DATELINE = Pattern.compile(
            "(?m)^[ \\t]*(?<place>\\p{Lu}[\\p{Lu}'’.\\- ]{1,40}?(?:,[ \\t]*\\p{Lu}[\\p{L}.]+)*)[ \\t]*"
                    + "(?:\\([^)\\n]{1,40}\\)[ \\t]*)?(?:,[^\\n–—]{1,30}?)?[ \\t]*(?:–|—|--|-)[ \\t]+\\S");

    private final Map<String, DateGrammar> grammars = new HashMap<>();

    public MetadataStage(Map<String, LanguageResources> resources) {
        resources.forEach((lang, r) -> grammars.put(lang, new DateGrammar(r.months(), r.dayOrdinals())));
    }

    @Override
    public String name() {
        return "metadata";
    }

    @Override
    public Set<Artifact> requires() {
        return Set.of(Artifact.LANGUAGE, Artifact.CLEAN_TEXT);
    }

    @Override
    public Set<Artifact> produces() {
        return Set.of(Artifact.METADATA);
    }

    @Override
    public Document annotate(Document document) {
        String clean = document.clean().text();
        DateGrammar grammar = grammars.get(document.languageCode());
        Optional<Found> date = find(grammar, clean, 0, Math.min(HEAD, clean.length()));
        if (date.isEmpty()) {
            date = find(grammar, clean, Math.max(0, clean.length() - TAIL), clean.length());
        }
        LocalDate published = date.map(Found::date).orElse(null);
        TextSpan publishedSpan = date.map(f -> TextSpan.of(document.text(),
                document.clean().toOriginal(f.start(), f.end()))).orElse(null);

        String dateline = null;
        TextSpan datelineSpan = null;
        Matcher m = DATELINE.matcher(clean).region(0, Math.min(clean.length(), HEAD + 200));
        if (m.find()) {
            Span span = document.clean().toOriginal(m.start("place"), m.end("place"));
            datelineSpan = TextSpan.of(document.text(), span);
            dateline = datelineSpan.text().strip();
        }
        return document.withMetadata(new Metadata(published, publishedSpan, dateline, datelineSpan));
    }

    private Optional<Found> find(DateGrammar grammar, String text, int from, int to) {
        Matcher iso = ISO.matcher(text).region(from, to);
        Optional<Found> best = Optional.empty();
        if (iso.find()) {
            best = date(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)), Integer.parseInt(iso.group(3)))
                    .map(d -> new Found(d, iso.start(), iso.end()));
        }
        if (grammar != null) {
            Optional<Found> named = grammar.find(text, from, to);
            if (named.isPresent() && (best.isEmpty() || named.get().start() < best.get().start())) {
                best = named;
            }
        }
        return best;
    }

    private static Optional<LocalDate> date(int year, int month, int day) {
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private record Found(LocalDate date, int start, int end) {
    }

    /** "Month D, YYYY" and "D Month YYYY" with one language's month names. */
    private static final class DateGrammar {
        private final Map<String, Integer> months;
        private final Pattern monthDay;
        private final Pattern dayMonth;

        DateGrammar(Map<String, Integer> months, List<String> dayOrdinals) {
            this.months = months;
            String names = months.keySet().stream().sorted((a, b) -> b.length() - a.length())
                    .map(Pattern::quote).collect(Collectors.joining("|"));
            String ordinal = dayOrdinals.stream().map(Pattern::quote).collect(Collectors.joining("|", "(?:", ")?"));
            monthDay = Pattern.compile("(?iu)\\b(?<month>" + names + ")\\.?\\s+(?<day>\\d{1,2})" + ordinal + ",?\\s+(?<year>\\d{4})\\b");
            dayMonth = Pattern.compile("(?iu)\\b(?<day>\\d{1,2})" + ordinal + "\\s+(?<month>" + names + ")\\.?,?\\s+(?<year>\\d{4})\\b");
        }

        Optional<Found> find(String text, int from, int to) {
            Optional<Found> a = first(monthDay, text, from, to);
            Optional<Found> b = first(dayMonth, text, from, to);
            if (a.isEmpty()) {
                return b;
            }
            if (b.isEmpty()) {
                return a;
            }
            return a.get().start() <= b.get().start() ? a : b;
        }

        private Optional<Found> first(Pattern p, String text, int from, int to) {
            Matcher m = p.matcher(text).region(from, to);
            while (m.find()) {
                Integer month = months.get(m.group("month").toLowerCase(Locale.ROOT));
                Optional<Found> f = date(Integer.parseInt(m.group("year")), month, Integer.parseInt(m.group("day")))
                        .map(d -> new Found(d, m.start(), m.end()));
                if (f.isPresent()) {
                    return f;
                }
            }
            return Optional.empty();
        }
    }
}
