package io.newsextract.clean;

import io.newsextract.api.CleanText;
import io.newsextract.api.OffsetMap;
import org.apache.lucene.analysis.charfilter.HTMLStripCharFilter;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns an HTML page into its text with Lucene's {@link HTMLStripCharFilter}, which drops tags, comments, scripts
 * and styles, decodes every HTML entity and corrects offsets back into the page. Block tags become one line break
 * (a run of them, as between {@code </p><p>}, only one).
 */
final class HtmlStripper {

    private static final Pattern DOCUMENT_MARK = Pattern.compile("(?i)<!doctype html|<html[\\s>]|<body[\\s>]|<head[\\s>]");
    private static final Pattern ANY_TAG = Pattern.compile("</?[a-zA-Z][a-zA-Z0-9]*(?:\\s[^<>]*)?/?>");

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

    CleanText strip(String page) {
        HTMLStripCharFilter filter = new HTMLStripCharFilter(new StringReader(page));
        String text = readAll(filter);
        OffsetMap.Builder out = new OffsetMap.Builder(page);
        int next = 0;
        for (int i = 0; i < text.length(); i = next) {
            int from = filter.correctOffset(i);
            next = i + 1;
            while (next < text.length() && filter.correctOffset(next) <= from) {
                next++;       // the characters of one source range (a surrogate pair from one entity) share it
            }
            int to = source(page, from, next < text.length() ? filter.correctOffset(next) : page.length());
            boolean markup = page.charAt(from) == '<';
            if (markup && text.charAt(i) == '\n' && out.lastChar() == '\n') {
                continue;     // a block tag after a line break adds no second one
            }
            out.replace(from, to, text.substring(i, next));
        }
        return out.build();
    }

    /**
     * The end of the page range that one output character stands for: the filter reports where the next output
     * character comes from, past any markup removed in between, which belongs to neither (unless the character
     * itself stands for markup, like the line break of a block tag).
     */
    private static int source(String page, int from, int nextFrom) {
        if (page.charAt(from) == '<') {
            return nextFrom;
        }
        for (int k = from + 1; k < nextFrom; k++) {
            if (page.charAt(k) == '<') {
                return k;
            }
        }
        return nextFrom;
    }

    /** The character an HTML entity stands for, or null when it is not one. */
    static String decodeEntity(String entity) {
        String decoded = readAll(new HTMLStripCharFilter(new StringReader(entity)));
        return decoded.equals(entity) ? null : decoded;
    }

    private static String readAll(HTMLStripCharFilter filter) {
        StringBuilder b = new StringBuilder();
        char[] buffer = new char[4096];
        try {
            for (int n = filter.read(buffer); n >= 0; n = filter.read(buffer)) {
                b.append(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading a string cannot fail", e);
        }
        return b.toString();
    }
}
