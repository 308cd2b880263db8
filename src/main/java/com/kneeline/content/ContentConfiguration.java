package com.kneeline.content;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.Validator;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.kneeline.content.load.ContentPackException;
import com.kneeline.content.load.ContentPackLoader;
import com.kneeline.content.load.Problem;
import com.kneeline.content.translate.TranslatedPackSource;
import com.kneeline.content.load.PackSource;
import com.kneeline.content.model.ContentCatalogue;

/**
 * Loads the clinical content pack once at start-up. {@code kneeline.content.dir} (env KNEELINE_CONTENT_DIR) points
 * at a clinic's own pack directory and replaces the bundled one; an invalid pack stops start-up, and
 * {@link ContentPackFailureAnalyzer} lists every problem.
 */
@Configuration(proxyBeanMethods = false)
public class ContentConfiguration {

    /** Where the pom puts the top-level content/ directory inside the jar. */
    public static final String BUNDLED_ROOT = "kneeline-content";

    private static final Logger log = LoggerFactory.getLogger(ContentConfiguration.class);

    @Bean
    ContentCatalogue contentCatalogue(@Value("${kneeline.content.dir:}") String dir,
            ObjectProvider<Validator> validator) {
        PackSource source = source(dir);
        long start = System.nanoTime();
        // The application's validator is started anyway; sharing it keeps start-up from building a second one.
        ContentCatalogue catalogue = validator.stream().findFirst().map(ContentPackLoader::new)
                .orElseGet(ContentPackLoader::new).load(source);
        log.info("Loaded content pack '{}' {} from {} in {} ms: {} findings, {} tests, {} rules, {} exercises, {} ladders",
                catalogue.name(), catalogue.version(), source.describe(), (System.nanoTime() - start) / 1_000_000,
                catalogue.findings().size(), catalogue.tests().size(), catalogue.inferenceRules().size(),
                catalogue.exercises().size(), catalogue.ladders().size());
        return catalogue;
    }

    /**
     * The pack in every other language the UI offers, from the overlays in the pack ({@code de/...}). An overlay
     * with a missing or unknown key stops start-up like any other pack problem.
     */
    @Bean
    ContentService contentService(ContentCatalogue catalogue, @Value("${kneeline.content.dir:}") String dir,
            @Value("${kneeline.content.languages:de}") List<String> languages, ObjectProvider<Validator> validator) {
        Map<String, ContentService.Translation> translations = new LinkedHashMap<>();
        for (String language : languages) {
            TranslatedPackSource source = new TranslatedPackSource(source(dir), Locale.forLanguageTag(language));
            ContentPackLoader.Result result = validator.stream().findFirst().map(ContentPackLoader::new)
                    .orElseGet(ContentPackLoader::new).check(source);
            List<Problem> problems = new ArrayList<>(source.problems());
            problems.addAll(result.problems());
            if (!problems.isEmpty()) {
                throw new ContentPackException(source.describe(), problems.stream().sorted().toList());
            }
            if (!source.untranslated().isEmpty()) {
                log.info("Content pack files without a '{}' overlay keep their original words: {}", language,
                        source.untranslated());
            }
            translations.put(language, new ContentService.Translation(result.catalogue(), source.pairs()));
        }
        return new ContentService(catalogue, translations);
    }

    private static PackSource source(String dir) {
        return dir.isBlank()
                ? PackSource.classpath(ContentConfiguration.class.getClassLoader(), BUNDLED_ROOT)
                : PackSource.directory(Path.of(dir));
    }
}
