package com.kneeline.prescription;

import com.kneeline.content.ContentService;
import com.kneeline.prescription.engine.PrescriptionEngine;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class PrescriptionConfiguration {

    /** Plain Java; built once over the loaded content pack. */
    @Bean
    PrescriptionEngine prescriptionEngine(ContentService content) {
        return new PrescriptionEngine(content.catalogue());
    }
}
