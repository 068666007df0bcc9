package io.newsextract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The product version and the build that made it, filled in by Maven: batch runs reuse a record only when it was
 * written by the same build, so a rebuilt pipeline (new code or language data) never serves stale records.
 */
public final class Version {

    public static final String VALUE = load();

    private Version() {
    }

    private static String load() {
        try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return "dev";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "dev") + "+" + p.getProperty("build", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
