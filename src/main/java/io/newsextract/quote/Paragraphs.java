package io.newsextract.quote;

import io.newsextract.api.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Paragraph spans of a text: blocks between blank lines when the text has any, otherwise its lines. */
public final class Paragraphs {

    private static final Pattern BLANK_LINE = Pattern.compile("\\n[ \\t\\u00A0]*\\n");

    private Paragraphs() {
    }

    public static List<Span> of(String text) {
        Pattern breaks = BLANK_LINE.matcher(text).find() ? BLANK_LINE : Pattern.compile("\\n");
        List<Span> out = new ArrayList<>();
        Matcher m = breaks.matcher(text);
        int start = 0;
        while (m.find()) {
            addTrimmed(text, start, m.start(), out);
            start = m.end();
        }
        addTrimmed(text, start, text.length(), out);
        return out;
    }

    private static void addTrimmed(String text, int start, int end, List<Span> out) {
        Span s = Span.stripped(text, start, end);
        if (s.length() > 0) {
            out.add(s);
        }
    }
}
