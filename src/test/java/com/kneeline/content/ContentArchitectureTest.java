package com.kneeline.content;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

class ContentArchitectureTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("com.kneeline.content");

    @Test
    void modelAndLoaderAreFreeOfSpringAndVaadin() {
        noClasses().that().resideInAnyPackage("com.kneeline.content.model..", "com.kneeline.content.load..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "com.vaadin..")
                .check(classes);
    }

    @Test
    void modelDoesNotDependOnTheLoader() {
        noClasses().that().resideInAPackage("com.kneeline.content.model..")
                .should().dependOnClassesThat().resideInAPackage("com.kneeline.content.load..").check(classes);
    }
}
