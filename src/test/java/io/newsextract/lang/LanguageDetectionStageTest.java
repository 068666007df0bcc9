package io.newsextract.lang;

import io.newsextract.TestPipelines;
import io.newsextract.api.DetectedLanguage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LanguageDetectionStageTest {

    private static LanguageDetectionStage stage;

    @BeforeAll
    static void load() {
        stage = new LanguageDetectionStage();
    }

    @Test
    void theSamplesAreEnglishAndItalian() {
        DetectedLanguage en = stage.detect(TestPipelines.read(TestPipelines.EN_SAMPLE));
        DetectedLanguage it = stage.detect(TestPipelines.read(TestPipelines.IT_SAMPLE));
        assertEquals("en", en.code());
        assertEquals("it", it.code());
        assertTrue(en.confidence() > 0.5 && it.confidence() > 0.5, en + " " + it);
    }

    @Test
    void otherLanguagesGetTheirOwnIsoCode() {
        assertEquals("fr", stage.detect("Le président de la République a annoncé mardi une réforme des retraites "
                + "qui sera présentée au Parlement avant la fin de l'année.").code());
        assertEquals("de", stage.detect("Die Bundesregierung hat am Dienstag beschlossen, die Förderung für "
                + "erneuerbare Energien im kommenden Jahr deutlich zu erhöhen.").code());
    }

    @Test
    void tooLittleTextIsUndetermined() {
        assertEquals(DetectedLanguage.UNDETERMINED, stage.detect("42 — !").code());
    }
}
