package io.newsextract.clean;

import io.newsextract.api.Artifact;
import io.newsextract.api.CleanText;
import io.newsextract.api.Document;
import io.newsextract.api.OffsetMap;
import io.newsextract.api.Stage;
import io.newsextract.lexicon.LanguageData;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes web-page leftovers that confuse the language stages — markdown links and emphasis, footnote markers,
 * link-list footers, share widgets, HTML tags — while keeping a map from every clean offset to the original text.
 * Removed lines keep their line break so paragraphs stay apart.
 */
public final class CleaningStage implements Stage {

    /** A markdown link {@code [text](target)}; the text may hold escaped brackets. */
    private static final Pattern INLINE = Pattern.compile(
            "(?<link>\\[(?<label>(?:\\\\.|[^\\]\\\\\\n])*)\\]\\([^)\\n]*\\))"
                    + "|(?<note>[ \\t]?\\\\?\\[\\d{1,3}\\\\?\\])"
                    + "|(?<autolink><(?:https?|ftp|mailto):[^>\\s]+>)"
                    + "|(?<emphasis>\\*\\*|__)"
                    + "|(?<escape>\\\\[\\[\\]*_#()\\\\`])"
                    + "|(?<entity>&(?:#\\d{1,7}|#x[0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});)");
    private static final Pattern FOOTNOTE_LINE = Pattern.compile("\\s*\\\\?\\[\\d{1,3}\\\\?\\]\\s*<?(?:https?|ftp)://\\S*\\s*");
    private static final Pattern HEADING_MARK = Pattern.compile("^#{1,6}\\s+");
    private static final Pattern LINK_ONLY_LINE = Pattern.compile(
            "\\s*(?:\\[(?:\\\\.|[^\\]\\\\\\n])*\\]\\([^)\\n]*\\)\\s*(?:\\\\?\\[\\d{1,3}\\\\?\\])?\\s*)+");
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[\\p{Punct}\\s]+|[\\p{Punct}\\s]+$");
    private static final Pattern BARE_URL_LINE = Pattern.compile("\\s*<?(?:https?|ftp)://\\S+>?\\s*");

    private final Set<String> boilerplateLines = new HashSet<>();
    private final List<String> boilerplatePrefixes;
    private final HtmlStripper html = new HtmlStripper();

    public CleaningStage() {
        List<String> entries = LanguageData.lines(null, "boilerplate.txt");
        boilerplatePrefixes = entries.stream().filter(e -> e.endsWith(":*"))
                .map(e -> e.substring(0, e.length() - 1).toLowerCase(Locale.ROOT)).toList();
        entries.stream().filter(e -> !e.endsWith(":*")).map(e -> e.toLowerCase(Locale.ROOT))
                .forEach(boilerplateLines::add);
    }

    @Override
    public String name() {
        return "clean";
    }

    @Override
    public Set<Artifact> requires() {
        return Set.of();
    }

    @Override
    public Set<Artifact> produces() {
        return Set.of(Artifact.CLEAN_TEXT);
    }

    @Override
    public Document annotate(Document document) {
        String text = document.text();
        if (html.looksLikeHtml(text)) {
            return document.withClean(html.strip(text)).withWarning("input looked like HTML: tags were stripped");
        }
        return document.withClean(clean(text));
    }

    public CleanText clean(String text) {
        OffsetMap.Builder out = new OffsetMap.Builder(text);
        int lineStart = 0;
        while (lineStart < text.length()) {
            int nl = text.indexOf('\n', lineStart);
            int lineEnd = nl < 0 ? text.length() : nl;
            String line = text.substring(lineStart, lineEnd);
            if (!isFurniture(line)) {
                int from = lineStart;
                Matcher heading = HEADING_MARK.matcher(line);
                if (heading.find()) {
                    from += heading.end();
                }
                cleanInline(text, from, lineEnd, out);
            }
            if (nl >= 0) {
                out.keep(nl, nl + 1);
            }
            lineStart = lineEnd + 1;
        }
        return out.build();
    }

    private boolean isFurniture(String line) {
        String t = line.strip();
        if (t.isEmpty()) {
            return false;
        }
        if (FOOTNOTE_LINE.matcher(t).matches() || LINK_ONLY_LINE.matcher(t).matches()
                || BARE_URL_LINE.matcher(t).matches()) {
            return true;
        }
        String key = EDGE_PUNCTUATION.matcher(t.toLowerCase(Locale.ROOT)).replaceAll("");
        if (boilerplateLines.contains(key)) {
            return true;
        }
        String lower = t.toLowerCase(Locale.ROOT);
        return boilerplatePrefixes.stream().anyMatch(lower::startsWith);
    }

    /** Copies text[start,end) into {@code out}, dropping markup and keeping the words it wraps. */
    private void cleanInline(String text, int start, int end, OffsetMap.Builder out) {
        Matcher m = INLINE.matcher(text).region(start, end);
        int at = start;
        while (m.find()) {
            out.keep(at, m.start());
            if (m.group("link") != null) {
                cleanInline(text, m.start("label"), m.end("label"), out);
            } else if (m.group("escape") != null) {
                out.keep(m.end() - 1, m.end());
            } else if (m.group("entity") != null) {
                String decoded = HtmlStripper.decodeEntity(m.group("entity"));
                out.replace(m.start(), m.end(), decoded == null ? m.group("entity") : decoded);
            }
            at = m.end();
        }
        out.keep(at, end);
    }
}
