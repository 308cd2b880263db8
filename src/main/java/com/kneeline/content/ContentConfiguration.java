package com.kneeline.content;

import java.nio.file.Path;

import jakarta.validation.Validator;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.kneeline.content.load.ContentPackLoader;
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
        PackSource source = dir.isBlank()
                ? PackSource.classpath(ContentConfiguration.class.getClassLoader(), BUNDLED_ROOT)
                : PackSource.directory(Path.of(dir));
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

    @Bean
    ContentService contentService(ContentCatalogue catalogue) {
        return new ContentService(catalogue);
    }
}
