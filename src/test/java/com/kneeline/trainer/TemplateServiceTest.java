package com.kneeline.trainer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;

import com.kneeline.CoachingTest;
import com.kneeline.account.Role;
import com.kneeline.assessment.engine.AssessmentProfiles;
import com.kneeline.prescription.Dose;
import com.kneeline.prescription.PlanRequest;
import com.kneeline.prescription.ProgrammeDetails;
import com.kneeline.prescription.ProgrammeOverride;
import com.kneeline.prescription.ProgrammeService;
import com.kneeline.prescription.engine.PlannedExercise;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/** Templates belong to the trainer who wrote them; applied to a client they are checked like any other change. */
class TemplateServiceTest extends CoachingTest {

    @Autowired
    TemplateService templates;
    @Autowired
    ProgrammeService programmes;
    @Autowired
    com.kneeline.prescription.ClientPlanService plans;

    long trainer;

    @BeforeEach
    void trainer() {
        trainer = register("Tara", Role.TRAINER);
        signIn(trainer);
    }

    private static TemplateForm form(String name, List<TemplateForm.Rule> rules) {
        return new TemplateForm(name, "Twice a week, short sessions", 2, 25, null, rules);
    }

    @Test
    void aTrainerCreatesListsEditsAndDeletesTheirOwnTemplates() {
        assertThat(templates.count()).isZero();
        long id = templates.create(form("Busy parents", List.of(new TemplateForm.Rule("clamshell", null,
                new Dose(3, 12, 15, null)))));

        assertThat(templates.list(PageRequest.of(0, 10)).getContent()).singleElement().satisfies(t -> {
            assertThat(t.name()).isEqualTo("Busy parents");
            assertThat(t.sessionsPerWeek()).isEqualTo(2);
            assertThat(t.exerciseRules()).isEqualTo(1);
        });
        templates.update(id, new TemplateForm("Busy parents, v2", null, 3, null, "control", List.of()));
        TemplateForm edited = templates.get(id);
        assertThat(edited.name()).isEqualTo("Busy parents, v2");
        assertThat(edited.description()).isNull();
        assertThat(edited.minutesPerSession()).isNull();
        assertThat(edited.exercises()).isEmpty();

        templates.delete(id);
        assertThat(templates.count()).isZero();
        assertThatThrownBy(() -> templates.get(id)).isInstanceOf(TemplateNotFoundException.class);
    }

    @Test
    void aSearchFindsMatchingTemplatesBeyondTheFirstPageAndOnlyTheTrainersOwn() {
        for (int i = 1; i <= 12; i++) {
            templates.create(form("Warm-up " + i, List.of()));
        }
        templates.create(form("Knee Strength", List.of()));
        templates.create(form("Hip strength", List.of()));
        signIn(register("Rival", Role.TRAINER));
        templates.create(form("Strength for runners", List.of()));
        signIn(trainer);

        // the matches come after twelve other templates: a page of 10 filtered afterwards would miss them
        assertThat(templates.search("STRENGTH", PageRequest.of(0, 10)).getContent())
                .extracting(TemplateSummary::name).containsExactlyInAnyOrder("Knee Strength", "Hip strength");
        assertThat(templates.search("warm", PageRequest.of(1, 10)).getContent()).hasSize(2);
        assertThat(templates.search("warm", PageRequest.of(0, 10)).getTotalElements()).isEqualTo(12);
        assertThat(templates.search("  ", PageRequest.of(0, 20)).getTotalElements()).isEqualTo(14);
    }

    @Test
    void anotherTrainersTemplateIsNotFoundForReadingChangingDeletingOrApplying() {
        long id = templates.create(form("Mine", List.of()));
        long client = register("Cai", Role.INDIVIDUAL);

        signIn(register("Rival", Role.TRAINER));
        coach(access.me().id(), client);
        assertThat(templates.count()).isZero();
        assertThatThrownBy(() -> templates.get(id)).isInstanceOf(TemplateNotFoundException.class);
        assertThatThrownBy(() -> templates.update(id, form("Taken", List.of())))
                .isInstanceOf(TemplateNotFoundException.class);
        assertThatThrownBy(() -> templates.delete(id)).isInstanceOf(TemplateNotFoundException.class);
        assertThatThrownBy(() -> templates.applyTo(client, id)).isInstanceOf(TemplateNotFoundException.class);

        signIn(trainer);
        assertThat(templates.get(id).name()).isEqualTo("Mine");
    }

    @Test
    void aTemplateWithoutANameOrWithAWeekOutOfBoundsIsRefusedFieldByFieldAndNotSaved() {
        assertThatThrownBy(() -> templates.create(new TemplateForm("  ", null, 9, 5, null, List.of())))
                .isInstanceOfSatisfying(TemplateInvalidException.class, e -> assertThat(e.errors())
                        .containsKeys(TemplateService.NAME, TemplateService.SESSIONS, TemplateService.MINUTES));
        assertThatThrownBy(() -> templates.create(form("x".repeat(ProgrammeTemplate.NAME_MAX_LENGTH + 1), List.of())))
                .isInstanceOfSatisfying(TemplateInvalidException.class, e -> assertThat(e.errors())
                        .containsEntry(TemplateService.NAME, "At most " + ProgrammeTemplate.NAME_MAX_LENGTH + " characters."));
        assertThatThrownBy(() -> templates.create(form("Weighted", List.of(new TemplateForm.Rule("clamshell", null,
                new Dose(null, null, null, "Add a 5 kg plate"))))))
                .isInstanceOfSatisfying(TemplateInvalidException.class, e -> assertThat(e.errors().get(TemplateService.RULES))
                        .contains("without added weight"));
        assertThat(templates.count()).isZero();
    }

    @Test
    void applyingATemplateUsesItsWeekAndAppliesWhatIsSafeAndListsWhatWasSkipped() {
        long client = register("Cora", Role.INDIVIDUAL);
        coach(trainer, client);
        signIn(client);
        assessment(AssessmentProfiles.motorControlOnly(), Set.of("band", "weights", "step", "gym"), 45, 3);
        signIn(trainer);
        ProgrammeDetails plain = plans.generateForClient(client);
        PlannedExercise boxOrOther = plain.programme().sessions().stream().flatMap(s -> s.exercises().stream())
                .filter(e -> e.holdSecondsMax() == 0).findFirst().orElseThrow();
        long id = templates.create(form("Short and safe", List.of(
                new TemplateForm.Rule(boxOrOther.exerciseId(), null, new Dose(2, 8, 10, null)),
                // loaded squats while the knee caves in: refused for this client
                new TemplateForm.Rule("box-squat", "goblet-squat", Dose.NONE),
                new TemplateForm.Rule("hip-thrust", null, new Dose(5, null, null, null)))));

        clock.plusDays(1);
        PlanRequest.Outcome outcome = templates.applyTo(client, id);

        ProgrammeDetails made = outcome.programme();
        assertThat(made.versionNumber()).isEqualTo(plain.versionNumber() + 1);
        assertThat(made.programme().sessions()).hasSize(2);
        assertThat(made.latest(ProgrammeOverride.Kind.WEEK)).map(ProgrammeDetails.Change::summary)
                .contains("2 sessions a week, 25 minutes each");
        assertThat(made.doseChange(boxOrOther.exerciseId())).isPresent();
        assertThat(made.changes()).allSatisfy(c -> assertThat(c.madeByTrainer()).isTrue());
        assertThat(outcome.skipped()).anyMatch(s -> s.startsWith("Not while the knee caves in on the single-leg squat: "))
                .anyMatch(s -> s.contains("is not in this programme"));
    }
}
