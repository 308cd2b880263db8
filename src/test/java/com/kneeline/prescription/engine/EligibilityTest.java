package com.kneeline.prescription.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import com.kneeline.assessment.engine.AnswerKey;
import com.kneeline.assessment.engine.Answers;
import com.kneeline.assessment.engine.AssessmentProfiles;
import com.kneeline.content.model.ContentCatalogue;
import com.kneeline.content.model.Exercise;
import com.kneeline.content.model.Ladder;

import org.junit.jupiter.api.Test;

/**
 * Each named eligibility rule refuses with its own code and the values its sentence needs, and the planner never
 * plans what a rule refuses.
 */
class EligibilityTest {

    private static final ContentCatalogue CAT = Rx.CATALOGUE;
    private static final PrescriptionEngine ENGINE = Rx.ENGINE;

    private static Answers withPain(Answers answers, int activityPain) {
        return answers.with(AnswerKey.of(CAT.prescription().painInputs().duringActivity()),
                Integer.toString(activityPain));
    }

    private static PrescriptionRequest calm() {
        return Rx.request(AssessmentProfiles.bilateralHipWeaknessTrendelenburg());
    }

    private static Exercise needing(String equipment) {
        return CAT.exercises().stream().filter(e -> e.equipment().contains(equipment)).findFirst().orElseThrow();
    }

    @Test
    void anExerciseNeedingEquipmentThePersonHasNotListedIsRefusedNamingTheEquipment() {
        Exercise banded = needing("band");
        PrescriptionRequest noBand = Rx.request(AssessmentProfiles.bilateralHipWeaknessTrendelenburg(),
                Set.of("weights"), 45, 3, Set.of());

        Refusal refusal = ENGINE.refusal(noBand, banded.id()).orElseThrow();

        assertThat(refusal.code()).isEqualTo(Refusal.Code.EQUIPMENT);
        assertThat(refusal.params()).containsEntry("exercise", banded.name())
                .containsEntry("equipment", CAT.equipment("band").orElseThrow().label());
        assertThat(ENGINE.refusal(calm(), banded.id())).isEmpty();
    }

    @Test
    void anExerciseWhoseMaximumPainIsBelowTheActivityPainIsRefusedWithBothNumbers() {
        Exercise sensitive = CAT.exercises().stream()
                .filter(e -> e.contraindications().maxPain() < CAT.prescription().lowLoad().fromActivityPain())
                .filter(e -> e.contraindications().excludedBy().isEmpty())
                .findFirst().orElseThrow();
        int pain = (int) sensitive.contraindications().maxPain() + 1;
        PrescriptionRequest painful = Rx.request(withPain(AssessmentProfiles.bilateralHipWeaknessTrendelenburg(), pain));

        Refusal refusal = ENGINE.refusal(painful, sensitive.id()).orElseThrow();

        assertThat(refusal.code()).isEqualTo(Refusal.Code.PAIN_LIMIT);
        assertThat(refusal.params()).containsEntry("pain", Integer.toString(pain))
                .containsEntry("limit", Integer.toString((int) sensitive.contraindications().maxPain()));
    }

    @Test
    void anExerciseExcludedByARaisedSafetyFlagIsRefusedWithTheFlagsReason() {
        Exercise excluded = CAT.exercises().stream().filter(e -> !e.contraindications().excludedBy().isEmpty())
                .findFirst().orElseThrow();
        String flag = excluded.contraindications().excludedBy().getFirst();
        PrescriptionRequest base = calm();
        PrescriptionRequest flagged = new PrescriptionRequest(base.findings(), Set.of(flag), base.answers(),
                Rx.ALL_EQUIPMENT, 45, 3, Set.of());

        Refusal refusal = ENGINE.refusal(flagged, excluded.id()).orElseThrow();

        assertThat(refusal.code()).isEqualTo(Refusal.Code.FLAG_EXCLUSION);
        String reason = CAT.safetyFlags().stream().filter(f -> f.id().equals(flag)).findFirst().orElseThrow().reason();
        assertThat(refusal.params()).containsEntry("flag", reason == null ? flag : reason);
    }

    @Test
    void aFormGatedStepAboveTheCapWhileTheKneeCavesIsRefusedWithItsLevelAndTheCap() {
        Ladder gated = CAT.ladders().stream().filter(Ladder::formGated).findFirst().orElseThrow();
        Exercise above = CAT.ladderSteps(gated.id()).stream().filter(x -> x.level() > gated.maxLevelWhileCaving())
                .findFirst().orElseThrow();

        Refusal refusal = ENGINE.refusal(Rx.request(AssessmentProfiles.motorControlOnly()), above.id()).orElseThrow();

        assertThat(refusal.code()).isEqualTo(Refusal.Code.FORM_GATE_CAP);
        assertThat(refusal.params()).containsEntry("level", Integer.toString(above.level()))
                .containsEntry("cap", Integer.toString(gated.maxLevelWhileCaving()));
    }

    @Test
    void aMovementLeftOutOfLowLoadProgrammesIsRefusedWhileActivityPainIsHigh() {
        // In the bundled pack every such movement also has a pain limit below the low-load threshold, which the
        // engine names first; the rule itself is asked here so it is checked on its own.
        Compiled compiled = new Compiled(CAT);
        var patterns = CAT.prescription().lowLoad().excludedPatterns();
        Exercise jump = CAT.exercises().stream().filter(e -> patterns.contains(e.pattern())).findFirst().orElseThrow();
        int i = compiled.exerciseIndex.get(jump.id());
        RequestContext painful = new RequestContext(compiled, Rx.request(withPain(
                AssessmentProfiles.bilateralHipWeaknessTrendelenburg(), CAT.prescription().lowLoad().fromActivityPain())));

        Refusal refusal = Eligibility.lowLoadPattern(painful, i);

        assertThat(refusal).isNotNull();
        assertThat(refusal.code()).isEqualTo(Refusal.Code.LOW_LOAD_PATTERN);
        assertThat(refusal.params()).containsEntry("exercise", jump.name());
        assertThat(Eligibility.lowLoadPattern(new RequestContext(compiled, calm()), i)).isNull();
        assertThat(ENGINE.refusal(painful.request, jump.id())).isPresent();
    }

    @Test
    void addedWeightIsRefusedInALowLoadProgrammeOnAFormGatedLadderWhileCavingAndOnAnUnloadableExercise() {
        Exercise loadable = CAT.exercises().stream().filter(Exercise::loadable)
                .filter(e -> !CAT.ladder(e.ladder()).map(Ladder::formGated).orElse(false)).findFirst().orElseThrow();
        Exercise gatedLoadable = CAT.exercises().stream().filter(Exercise::loadable)
                .filter(e -> CAT.ladder(e.ladder()).map(Ladder::formGated).orElse(false)).findFirst().orElseThrow();
        Exercise unloadable = CAT.exercises().stream().filter(e -> !e.loadable()).findFirst().orElseThrow();
        PrescriptionRequest painful = Rx.request(withPain(AssessmentProfiles.bilateralHipWeaknessTrendelenburg(),
                CAT.prescription().lowLoad().fromActivityPain()));
        PrescriptionRequest caving = Rx.request(AssessmentProfiles.motorControlOnly());

        assertThat(ENGINE.loadRefusal(painful, loadable.id())).map(Refusal::code).contains(Refusal.Code.LOAD_LOW_LOAD);
        assertThat(ENGINE.loadRefusal(caving, gatedLoadable.id()).orElseThrow().params())
                .containsEntry("rule", CAT.progression().formGate().rule());
        assertThat(ENGINE.loadRefusal(caving, gatedLoadable.id())).map(Refusal::code)
                .contains(Refusal.Code.LOAD_FORM_GATE);
        assertThat(ENGINE.loadRefusal(calm(), unloadable.id())).map(Refusal::code)
                .contains(Refusal.Code.LOAD_NOT_LOADABLE);
        assertThat(ENGINE.loadRefusal(calm(), loadable.id())).isEmpty();
    }

    @Test
    void thePlannerNeverPlansAnExerciseARuleRefusesNorLoadsOneTheLoadRulesRefuse() {
        for (Answers profile : List.of(AssessmentProfiles.motorControlOnly(),
                AssessmentProfiles.bilateralHipWeaknessTrendelenburg(),
                withPain(AssessmentProfiles.bilateralHipWeaknessTrendelenburg(), 7))) {
            PrescriptionRequest request = Rx.request(profile, Set.of("band"), 45, 3, Set.of());
            ENGINE.prescribe(request).sessions().stream().flatMap(s -> s.exercises().stream()).forEach(p -> {
                assertThat(ENGINE.refusal(request, p.exerciseId())).as(p.exerciseId()).isEmpty();
                if (p.loadGuidance() != null) {
                    assertThat(ENGINE.loadRefusal(request, p.exerciseId())).as(p.exerciseId()).isEmpty();
                }
            });
        }
    }

    @Test
    void anExerciseTheContentDoesNotHaveHasNoRefusalFromTheEngine() {
        assertThat(ENGINE.refusal(calm(), "no-such-exercise")).isEmpty();
    }
}
