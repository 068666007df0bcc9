package io.newsextract.clean;

import io.newsextract.api.CleanText;
import io.newsextract.api.OffsetMap;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns an HTML page into its text, keeping offsets: block tags become line breaks, scripts and styles vanish. */
final class HtmlStripper {

    private static final Pattern DOCUMENT_MARK = Pattern.compile("(?i)<!doctype html|<html[\\s>]|<body[\\s>]|<head[\\s>]");
    private static final Pattern ANY_TAG = Pattern.compile("</?[a-zA-Z][a-zA-Z0-9]*(?:\\s[^<>]*)?/?>");
    private static final Pattern MARKUP = Pattern.compile(
            "(?<comment><!--.*?-->)"
                    + "|(?<hidden><(?<hname>script|style|noscript|template)\\b[^>]*>.*?</\\k<hname>\\s*>)"
                    + "|(?<tag></?(?<name>[a-zA-Z][a-zA-Z0-9]*)(?:\\s[^<>]*)?/?>)"
                    + "|(?<decl><![^>]*>)"
                    + "|(?<entity>&(?:#\\d{1,7}|#x[0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});)",
            Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Set<String> BLOCK = Set.of("p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul",
            "ol", "tr", "td", "th", "table", "article", "section", "header", "footer", "title", "blockquote", "pre",
            "nav", "aside", "main", "figure", "figcaption", "hr", "dd", "dt", "form", "body", "head", "html");
    private static final Map<String, String> NAMED = Map.ofEntries(
            Map.entry("amp", "&"), Map.entry("lt", "<"), Map.entry("gt", ">"), Map.entry("quot", "\""),
            Map.entry("apos", "'"), Map.entry("nbsp", " "), Map.entry("laquo", "«"), Map.entry("raquo", "»"),
            Map.entry("ldquo", "“"), Map.entry("rdquo", "”"), Map.entry("lsquo", "‘"), Map.entry("rsquo", "’"),
            Map.entry("ndash", "–"), Map.entry("mdash", "—"), Map.entry("hellip", "…"), Map.entry("egrave", "è"),
            Map.entry("eacute", "é"), Map.entry("agrave", "à"), Map.entry("ograve", "ò"), Map.entry("ugrave", "ù"),
            Map.entry("igrave", "ì"), Map.entry("euro", "€"), Map.entry("copy", "©"));

    boolean looksLikeHtml(String text) {
        String head = text.length() > 4096 ? text.substring(0, 4096) : text;
        if (DOCUMENT_MARK.matcher(head).find()) {
            return true;
        }
        Matcher m = ANY_TAG.matcher(head);
        int tags = 0;
        while (m.find() && tags < 5) {
            tags++;
        }
        return tags >= 5;
    }

    CleanText strip(String text) {
        OffsetMap.Builder out = new OffsetMap.Builder(text);
        Matcher m = MARKUP.matcher(text);
        int at = 0;
        while (m.find()) {
            out.keep(at, m.start());
            if (m.group("tag") != null && BLOCK.contains(m.group("name").toLowerCase(Locale.ROOT))
                    && out.lastChar() != '\n') {
                out.replace(m.start(), m.end(), "\n");
            } else if (m.group("entity") != null) {
                String decoded = decodeEntity(m.group("entity"));
                out.replace(m.start(), m.end(), decoded == null ? m.group("entity") : decoded);
            }
            at = m.end();
        }
        out.keep(at, text.length());
        return out.build();
    }

    /** The character an HTML entity stands for, or null when it is not one. */
    static String decodeEntity(String entity) {
        String body = entity.substring(1, entity.length() - 1);
        try {
            if (body.startsWith("#x") || body.startsWith("#X")) {
                return Character.toString(Integer.parseInt(body.substring(2), 16));
            }
            if (body.startsWith("#")) {
                return Character.toString(Integer.parseInt(body.substring(1)));
            }
        } catch (IllegalArgumentException e) {
            return null;
        }
        return NAMED.get(body.toLowerCase(Locale.ROOT));
    }
}
