package com.kneeline;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import jakarta.persistence.Entity;
import jakarta.persistence.Version;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.data.repository.Repository;
import org.springframework.scheduling.annotation.Scheduled;

/** The layering rules from DEVELOPERS.md / the brief, checked on every build. */
@AnalyzeClasses(packages = "com.kneeline", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule viewsCallServicesNeverRepositories = noClasses()
            .that().resideInAPackage("..ui..")
            .should().dependOnClassesThat().areAssignableTo(Repository.class)
            .because("views go through a feature's service, which owns transactions and access checks");

    @ArchTest
    static final ArchRule repositoriesArePackagePrivate = classes()
            .that().areAssignableTo(Repository.class)
            .should().notBePublic()
            .because("a feature's service is its public API; other packages must not reach its tables directly");

    @ArchTest
    static final ArchRule enginesAndContentModelArePlainJava = noClasses()
            .that().resideInAnyPackage("..engine..", "com.kneeline.content.model..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework..", "com.vaadin..", "jakarta.persistence..", "org.hibernate..")
            .allowEmptyShould(true)
            .because("the prescription and progression engines and the content model are unit-tested and benchmarked alone");

    @ArchTest
    static final ArchRule servicesDoNotDependOnViews = noClasses()
            .that().resideOutsideOfPackage("..ui..")
            // Vaadin's security configurer is given the login view as a class, so that signing in stays an in-app
            // forward rather than a redirect: the one configuration class that names a view.
            .and().doNotHaveFullyQualifiedName("com.kneeline.security.SecurityConfiguration")
            .should().dependOnClassesThat().resideInAPackage("..ui..")
            .because("the UI depends on the domain, never the other way round");

    @ArchTest
    static final ArchRule featuresFormAOneWayGraph = slices().matching("com.kneeline.(*)..")
            .should().beFreeOfCycles()
            .because("features depend one way (content, assessment, prescription, tracking, trainer, ...), views "
                    + "included; a later feature adds to an earlier one's page through that page's extension point");

    @ArchTest
    static final ArchRule entitiesUseOptimisticLockingAndAProtectedNoArgConstructor = classes()
            .that().areAnnotatedWith(Entity.class)
            .should(new ArchCondition<JavaClass>("have a @Version field and a protected no-arg constructor") {
                @Override
                public void check(JavaClass entity, ConditionEvents events) {
                    boolean versioned = entity.getAllFields().stream().anyMatch(f -> f.isAnnotatedWith(Version.class));
                    if (!versioned) {
                        events.add(SimpleConditionEvent.violated(entity, entity.getName() + " has no @Version field"));
                    }
                    boolean protectedNoArg = entity.getConstructors().stream().anyMatch(c ->
                            c.getRawParameterTypes().isEmpty() && c.getModifiers().contains(JavaModifier.PROTECTED));
                    if (!protectedNoArg) {
                        events.add(SimpleConditionEvent.violated(entity, entity.getName() + " has no protected no-arg constructor"));
                    }
                }
            });

    @ArchTest
    static final ArchRule scheduledWorkRunsOnceAcrossNodes = methods()
            .that().areAnnotatedWith(Scheduled.class)
            .should().beAnnotatedWith(SchedulerLock.class)
            .allowEmptyShould(true)
            .because("app nodes share one database: a scheduled job takes a ShedLock lock, so it runs on one node "
                    + "instead of on each (see NodeCoordination)");
}
