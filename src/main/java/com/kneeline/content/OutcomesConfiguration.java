package com.kneeline.content;

import java.nio.file.Path;

import jakarta.validation.Validator;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.kneeline.content.load.OutcomesLoader;
import com.kneeline.content.load.PackSource;
import com.kneeline.content.model.ContentCatalogue;
import com.kneeline.content.model.OutcomesContent;

/** Loads the pack's outcomes file from the same pack as the catalogue; a bad file stops start-up like any other. */
@Configuration(proxyBeanMethods = false)
public class OutcomesConfiguration {

    @Bean
    OutcomesContent outcomesContent(@Value("${kneeline.content.dir:}") String dir, ContentCatalogue catalogue,
            ObjectProvider<Validator> validator) {
        PackSource source = dir.isBlank()
                ? PackSource.classpath(OutcomesConfiguration.class.getClassLoader(), ContentConfiguration.BUNDLED_ROOT)
                : PackSource.directory(Path.of(dir));
        return validator.stream().findFirst().map(OutcomesLoader::new).orElseGet(OutcomesLoader::new)
                .load(source, catalogue);
    }
}
