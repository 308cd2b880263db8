package com.kneeline.assessment.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.kneeline.content.model.FlagLevel;
import com.kneeline.content.model.SafetyFlag;

/** The safety screen over the bundled pack's flags. */
class SafetyScreenTest {

    private static SafetyOutcome screen(AnswerSheet sheet) {
        return Bundled.ENGINE.screen(sheet.answers());
    }

    @Test
    void noYesMeansNoFlagAndNoStop() {
        SafetyOutcome outcome = Bundled.ENGINE.screen(AssessmentProfiles.noFindings());

        assertThat(outcome.raised()).isEmpty();
        assertThat(outcome.stop()).isFalse();
        assertThat(Bundled.ENGINE.screen(Answers.empty()).raised()).isEmpty();
    }

    @Test
    void raisedFlagsComeMostUrgentLevelFirstThenInCatalogueOrder() {
        SafetyOutcome outcome = screen(AnswerSheet.create()
                .yes("unexplained-weight-loss")
                .yes("cannot-walk")
                .yes("fibular-head-tenderness")
                .yes("night-or-rest-pain")
                .yes("pop-with-swelling")
                .yes("hot-red-swollen-with-fever")
                .no("giving-way"));

        assertThat(outcome.raised()).extracting(SafetyFlag::id).containsExactly(
                "pop-with-swelling", "fibular-head-tenderness",
                "hot-red-swollen-with-fever", "cannot-walk",
                "night-or-rest-pain", "unexplained-weight-loss");
        assertThat(outcome.raised()).extracting(SafetyFlag::level).isSortedAccordingTo(Enum::compareTo);
        assertThat(outcome.atLevel(FlagLevel.URGENT)).extracting(SafetyFlag::id)
                .containsExactly("hot-red-swollen-with-fever", "cannot-walk");
        assertThat(outcome.stop()).isTrue();
    }

    @Test
    void everyFlagOfThePackIsRaisedByItsOwnYesInCatalogueOrderWithinALevel() {
        AnswerSheet all = AnswerSheet.create();
        Bundled.CATALOGUE.safetyFlags().reversed().forEach(f -> all.yes(f.id()));

        SafetyOutcome outcome = screen(all);

        for (FlagLevel level : FlagLevel.values()) {
            assertThat(outcome.atLevel(level)).isEqualTo(Bundled.CATALOGUE.safetyFlags(level));
        }
        assertThat(outcome.raised()).hasSameSizeAs(Bundled.CATALOGUE.safetyFlags());
    }

    @Test
    void aGivingWayKneeStopsTheAssessment() {
        SafetyOutcome outcome = Bundled.ENGINE.screen(AssessmentProfiles.redFlagStop());

        assertThat(outcome.raised()).extracting(SafetyFlag::id).containsExactly("giving-way");
        assertThat(outcome.stop()).isTrue();
    }

    @Test
    void anUrgentFlagStopsButAPromptOneOnlyAdvises() {
        assertThat(screen(AnswerSheet.create().yes("numbness-tingling-cold-foot")).stop()).isTrue();
        SafetyOutcome prompt = screen(AnswerSheet.create().yes("night-or-rest-pain"));
        assertThat(prompt.raised()).extracting(SafetyFlag::id).containsExactly("night-or-rest-pain");
        assertThat(prompt.stop()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"no", "", "maybe", "true"})
    void anythingButYesRaisesNothing(String raw) {
        assertThat(screen(AnswerSheet.create().set("locked-knee", raw)).raised()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Yes", "YES", " yes "})
    void aYesWithOtherCapitalsOrSpacesStillRaisesItsFlagToFailSafe(String raw) {
        assertThat(screen(AnswerSheet.create().set("locked-knee", raw)).raised()).extracting(SafetyFlag::id)
                .containsExactly("locked-knee");
    }

    @Test
    void aFlagAnsweredWithASideIsStillNotReadAsAFlag() {
        assertThat(screen(AnswerSheet.create().set("locked-knee", Side.LEFT, "yes")).raised()).isEmpty();
    }

    @Test
    void whichLevelsStopExerciseComesFromTheContentPackNotFromCode() {
        var urgent = Bundled.CATALOGUE.safetyFlags(com.kneeline.content.model.FlagLevel.URGENT).getFirst();

        assertThat(new SafetyOutcome(java.util.List.of(urgent),
                java.util.Set.of(com.kneeline.content.model.FlagLevel.ACUTE)).stop()).isFalse();
        assertThat(new SafetyOutcome(java.util.List.of(urgent),
                java.util.Set.copyOf(Bundled.CATALOGUE.referral().redFlags().stopExerciseAt())).stop()).isTrue();
    }
}
