package io.newsextract.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;

/**
 * The report's page: {@code report/report.html} from the class path with its stylesheet and script inlined and the
 * data blocks inserted. A Content-Security-Policy allows exactly that stylesheet and script (by hash) and nothing
 * from the network, so even markup that slipped into the page could neither run nor load anything.
 */
final class HtmlPage {

    private static final String[] MARKERS = {"{{CSP}}", "{{TITLE}}", "{{CSS}}", "{{DATA}}", "{{JS}}"};

    private final String template;
    private final String css;
    private final String js;

    private HtmlPage(String template, String css, String js) {
        this.template = template;
        this.css = css;
        this.js = js;
    }

    static HtmlPage load() {
        return new HtmlPage(resource("report.html"), resource("report.css"), resource("report.js"));
    }

    /** One data block: {@code <script type="application/json" id=...>} holding already HTML-safe JSON. */
    record DataBlock(String id, String json) {
        DataBlock {
            if (!id.matches("[a-z0-9-]+")) {
                throw new IllegalArgumentException("bad block id " + id);
            }
        }
    }

    String render(String title, List<DataBlock> blocks) {
        StringBuilder data = new StringBuilder();
        for (DataBlock b : blocks) {
            data.append("<script type=\"application/json\" id=\"").append(b.id()).append("\">")
                    .append(b.json()).append("</script>\n");
        }
        String[] values = {csp(), escapeText(title), css, data.toString(), js};
        StringBuilder out = new StringBuilder(template.length() + data.length() + css.length() + js.length());
        int at = 0;
        for (int i = 0; i < MARKERS.length; i++) {
            int m = template.indexOf(MARKERS[i], at);
            if (m < 0) {
                throw new IllegalStateException("report template lacks " + MARKERS[i]);
            }
            out.append(template, at, m).append(values[i]);
            at = m + MARKERS[i].length();
        }
        return out.append(template, at, template.length()).toString();
    }

    private String csp() {
        return "default-src 'none'; script-src '" + sha256(js) + "'; style-src '" + sha256(css)
                + "'; img-src data:; base-uri 'none'; form-action 'none'";
    }

    static String escapeText(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    private static String sha256(String s) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(h);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String resource(String name) {
        try (InputStream in = HtmlPage.class.getResourceAsStream("/report/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource report/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
