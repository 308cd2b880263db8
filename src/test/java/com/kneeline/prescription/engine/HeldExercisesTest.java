package com.kneeline.prescription.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.kneeline.assessment.engine.Answers;
import com.kneeline.assessment.engine.AssessmentProfiles;

/** An exercise another feature holds back (the outcomes' cutting gate) is never prescribed, in any phase. */
class HeldExercisesTest {

    private static final List<Answers> PROFILES = List.of(AssessmentProfiles.noFindings(),
            AssessmentProfiles.motorControlOnly(), AssessmentProfiles.bilateralHipWeaknessTrendelenburg(),
            AssessmentProfiles.leftPronationAndLimitedDorsiflexion());

    private static Set<String> ids(Programme p) {
        Set<String> ids = new java.util.HashSet<>();
        p.sessions().forEach(s -> s.exercises().forEach(e -> ids.add(e.exerciseId())));
        return ids;
    }

    @Test
    void aHeldExerciseIsNeitherPrescribedNorOfferedAsAnAlternativeInAnyPhase() {
        for (Answers profile : PROFILES) {
            for (var phase : Rx.CATALOGUE.progression().phases()) {
                PrescriptionRequest request = Rx.request(profile).inPhase(phase.id()).holding(java.util.Map.of("side-step-cut", "Cutting waits for your hop tests."));
                Programme p = Rx.ENGINE.prescribe(request);
                assertThat(ids(p)).as(phase.id()).doesNotContain("side-step-cut");
                for (String id : ids(p)) {
                    assertThat(Rx.ENGINE.alternatives(request, id)).extracting(e -> e.id())
                            .doesNotContain("side-step-cut");
                }
            }
        }
    }
}
