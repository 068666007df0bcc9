package io.newsextract.api;

/** ISO 639-1 code ("und" when undetermined) and the detector's confidence. */
public record DetectedLanguage(String code, double confidence) {

    public static final String UNDETERMINED = "und";
}
