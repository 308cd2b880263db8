package com.kneeline.assessment.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import com.kneeline.content.model.FlagLevel;
import com.kneeline.content.model.SafetyFlag;
import com.kneeline.content.model.TimeFrame;

/** The safety screen over the bundled pack's flags. Age is counted in 2026, the year of these assessments. */
class SafetyScreenTest {

    private static final int YEAR = 2026;

    private static SafetyOutcome screen(AnswerSheet sheet) {
        return Bundled.ENGINE.screen(sheet.answers(), YEAR, Set.of());
    }

    private static List<String> raised(AnswerSheet sheet) {
        return screen(sheet).raised().stream().map(SafetyFlag::id).toList();
    }

    static Stream<String> askedFlags() {
        return Bundled.CATALOGUE.safetyQuestions().stream().map(SafetyFlag::id);
    }

    @Test
    void noYesMeansNoFlagAndNoStop() {
        SafetyOutcome outcome = Bundled.ENGINE.screen(AssessmentProfiles.noFindings(), YEAR, Set.of());

        assertThat(outcome.raised()).isEmpty();
        assertThat(outcome.stop()).isFalse();
        assertThat(Bundled.ENGINE.screen(Answers.empty(), YEAR, Set.of()).raised()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("askedFlags")
    void everyQuestionOnTheScreenStopsExerciseOnItsOwnWithAConcreteTimeFrame(String flagId) {
        SafetyOutcome outcome = screen(AnswerSheet.from(AssessmentProfiles.noFindings()).yes(flagId));

        assertThat(outcome.raised()).extracting(SafetyFlag::id).containsExactly(flagId);
        assertThat(outcome.stop()).isTrue();
        assertThat(outcome.raised().getFirst().timeFrame()).isNotEqualTo(TimeFrame.WITHIN_WEEKS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"night-or-rest-pain", "unexplained-weight-loss", "hot-red-swollen-with-fever",
            "numbness-tingling-cold-foot", "cannot-walk"})
    void theIssuesUrgentSignsAreUrgentAndStop(String flagId) {
        SafetyOutcome outcome = screen(AnswerSheet.create().yes(flagId));

        assertThat(outcome.raised()).extracting(SafetyFlag::level).containsExactly(FlagLevel.URGENT);
        assertThat(outcome.stop()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"recent-surgery-or-injection", "large-swelling-after-injury"})
    void recentSurgeryOrInjectionOrALargeSwellingNeedsTheTreatingProfessionalsGoAheadFirst(String flagId) {
        SafetyOutcome outcome = screen(AnswerSheet.create().yes(flagId));

        assertThat(outcome.stop()).isTrue();
        assertThat(outcome.raised().getFirst().timeFrame()).isEqualTo(TimeFrame.BEFORE_EXERCISING);
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
                "hot-red-swollen-with-fever", "cannot-walk", "night-or-rest-pain", "unexplained-weight-loss");
        assertThat(outcome.raised()).extracting(SafetyFlag::level).isSortedAccordingTo(Enum::compareTo);
        assertThat(outcome.stop()).isTrue();
    }

    @Test
    void everyAskedFlagOfThePackIsRaisedByItsOwnYesInCatalogueOrderWithinALevel() {
        AnswerSheet all = AnswerSheet.create();
        Bundled.CATALOGUE.safetyQuestions().reversed().forEach(f -> all.yes(f.id()));

        SafetyOutcome outcome = screen(all);

        for (FlagLevel level : FlagLevel.values()) {
            assertThat(outcome.atLevel(level).stream().filter(SafetyFlag::asked).toList())
                    .isEqualTo(Bundled.CATALOGUE.safetyQuestions(level));
        }
    }

    @Test
    void aGivingWayKneeStopsTheAssessment() {
        SafetyOutcome outcome = Bundled.ENGINE.screen(AssessmentProfiles.redFlagStop(), YEAR, Set.of());

        assertThat(outcome.raised()).extracting(SafetyFlag::id).containsExactly("giving-way");
        assertThat(outcome.stop()).isTrue();
    }

    // --- Ottawa knee rules: age 55 or over after an acute injury (Stiell 1995) ---------------------------------

    @Test
    void aRecentInjuryInSomeoneTurning55ThisYearMeetsTheOttawaAgeCriterion() {
        assertThat(raised(AnswerSheet.create().yes("recent-knee-injury").set("birth-year", "1971")))
                .containsExactly("ottawa-age");
    }

    @Test
    void aRecentInjuryInSomeoneAtMost54DoesNot() {
        assertThat(raised(AnswerSheet.create().yes("recent-knee-injury").set("birth-year", "1972"))).isEmpty();
    }

    @Test
    void age55WithoutARecentInjuryRaisesNothing() {
        assertThat(raised(AnswerSheet.create().no("recent-knee-injury").set("birth-year", "1940"))).isEmpty();
    }

    @Test
    void withoutAYearOfBirthTheAgeCriteriaCannotHold() {
        assertThat(raised(AnswerSheet.create().yes("recent-knee-injury").yes("limp-with-pain"))).isEmpty();
        assertThat(Bundled.ENGINE.screen(AnswerSheet.create().yes("recent-knee-injury").set("birth-year", "1950")
                .answers(), null, Set.of()).raised()).isEmpty();
    }

    // --- young people: a limp with hip or knee pain, or night pain, under 18 ------------------------------------

    @Test
    void aLimpWithPainInSomeoneWhoMayStillBe17StopsWithAReferralToADoctor() {
        // born 2008: 18 on this year's birthday, so 17 until then
        SafetyOutcome outcome = screen(AnswerSheet.create().yes("limp-with-pain").set("birth-year", "2008"));

        assertThat(outcome.raised()).extracting(SafetyFlag::id).containsExactly("young-limp");
        assertThat(outcome.stop()).isTrue();
    }

    @Test
    void aLimpWithPainInSomeoneSurely18IsNotTheAdolescentFlag() {
        // born 2007: 18 at least all year
        assertThat(raised(AnswerSheet.create().yes("limp-with-pain").set("birth-year", "2007"))).isEmpty();
    }

    @Test
    void nightPainUnder18AddsTheAdolescentReasonToTheUrgentFlag() {
        assertThat(raised(AnswerSheet.create().yes("night-or-rest-pain").set("birth-year", "2012")))
                .containsExactly("young-night-pain", "night-or-rest-pain");
        assertThat(raised(AnswerSheet.create().yes("night-or-rest-pain").set("birth-year", "2007")))
                .containsExactly("night-or-rest-pain");
    }

    @Test
    void aYearOfBirthAfterTheAssessmentYearCountsAsUnknown() {
        assertThat(raised(AnswerSheet.create().yes("limp-with-pain").set("birth-year", "2030"))).isEmpty();
    }

    // --- clearance -----------------------------------------------------------------------------------------------

    @Test
    void aFlagAProfessionalHasClearedIsStillReportedButNoLongerStops() {
        SafetyOutcome cleared = Bundled.ENGINE.screen(AnswerSheet.create().yes("giving-way").answers(), YEAR,
                Set.of("giving-way"));
        SafetyOutcome otherFlag = Bundled.ENGINE.screen(AnswerSheet.create().yes("giving-way").yes("cannot-walk")
                .answers(), YEAR, Set.of("giving-way"));

        assertThat(cleared.raised()).extracting(SafetyFlag::id).containsExactly("giving-way");
        assertThat(cleared.stop()).isFalse();
        assertThat(otherFlag.stop()).isTrue();
        assertThat(otherFlag.stopping()).extracting(SafetyFlag::id).containsExactly("cannot-walk");
    }

    // --- how answers are read --------------------------------------------------------------------------------------

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
        var urgent = Bundled.CATALOGUE.safetyFlags(FlagLevel.URGENT).getFirst();

        assertThat(new SafetyOutcome(List.of(urgent), Set.of(FlagLevel.ACUTE)).stop()).isFalse();
        assertThat(new SafetyOutcome(List.of(urgent),
                Set.copyOf(Bundled.CATALOGUE.referral().redFlags().stopExerciseAt())).stop()).isTrue();
    }
}
