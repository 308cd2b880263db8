package com.kneeline.assessment;

import com.kneeline.assessment.engine.FindingsEngine;
import com.kneeline.content.ContentService;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AssessmentConfiguration {

    /** The engine is plain Java; Spring only hands it the loaded content pack once. */
    @Bean
    FindingsEngine findingsEngine(ContentService content) {
        return new FindingsEngine(content.catalogue());
    }
}
