package com.kneeline.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.kneeline.content.load.ContentPackLoader;
import com.kneeline.content.load.PackSource;
import com.kneeline.content.translate.TranslatedPackSource;

/**
 * Like spring-petclinic's I18nPropertiesSyncTest: a word that exists in one language only fails the build, in the
 * UI's bundles and in the content pack's overlays.
 */
class I18nKeySyncTest {

    private static final Pattern PARAMETER = Pattern.compile("\\{(\\d+)[^}]*}");
    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

    @Test
    void everyUiKeyIsInEnglishAndGerman() throws IOException {
        Properties en = bundle("translations.properties");
        Properties de = bundle("translations_de.properties");

        assertThat(de.stringPropertyNames()).as("keys only in English")
                .containsAll(en.stringPropertyNames());
        assertThat(en.stringPropertyNames()).as("keys only in German")
                .containsAll(de.stringPropertyNames());
    }

    @Test
    void bothLanguagesUseTheSameParametersAndWriteApostrophesForMessageFormat() throws IOException {
        Properties en = bundle("translations.properties");
        Properties de = bundle("translations_de.properties");
        for (String key : en.stringPropertyNames()) {
            assertThat(parameters(de.getProperty(key, ""))).as("parameters of " + key)
                    .isEqualTo(parameters(en.getProperty(key)));
            assertThat(LONE_APOSTROPHE.matcher(en.getProperty(key)).find()).as("lone ' in English " + key).isFalse();
            assertThat(LONE_APOSTROPHE.matcher(de.getProperty(key, "")).find()).as("lone ' in German " + key).isFalse();
        }
    }

    @Test
    void theProviderFallsBackToEnglishForALanguageKneeLineDoesNotHave() {
        Translations translations = new Translations();

        assertThat(translations.getTranslation("wizard.back", Locale.GERMANY)).isEqualTo("Zurück");
        assertThat(translations.getTranslation("wizard.back", Locale.FRENCH)).isEqualTo("Back");
        assertThat(translations.getTranslation("wizard.progress", Locale.GERMAN, 2, 6, "Über Sie"))
                .isEqualTo("Schritt 2 von 6 · Über Sie");
    }

    @Test
    void everyContentTextHasItsGermanWordsAndNoOverlayKeyIsGermanOnly() throws IOException {
        TranslatedPackSource german = new TranslatedPackSource(PackSource.directory(Path.of("content")), Locale.GERMAN);
        ContentPackLoader.Result result = new ContentPackLoader().check(german);

        assertThat(german.problems()).as("overlay problems").isEmpty();
        assertThat(result.problems()).as("the German pack's problems").isEmpty();
        try (Stream<Path> overlays = Files.walk(Path.of("content", "de"))) {
            overlays.filter(p -> p.toString().endsWith(".yaml")).forEach(overlay -> assertThat(
                    Path.of("content").resolve(Path.of("content", "de").relativize(overlay)))
                    .as("the original of " + overlay).exists());
        }
    }

    private static Set<String> parameters(String value) {
        Set<String> found = new TreeSet<>();
        Matcher m = PARAMETER.matcher(value);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = I18nKeySyncTest.class.getResourceAsStream("/vaadin-i18n/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
