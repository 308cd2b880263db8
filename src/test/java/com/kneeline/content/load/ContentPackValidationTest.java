package com.kneeline.content.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import com.kneeline.content.model.ContentCatalogue;

/** One small broken fixture per kind of error; each asserts the exact file:line: message the loader reports. */
class ContentPackValidationTest {

    @Test
    void validMinimalPackLoadsWithoutProblems() {
        ContentCatalogue catalogue = new ContentPackLoader().load(Fixtures.pack("valid-minimal"));
        assertThat(catalogue.findings()).hasSize(2);
        assertThat(catalogue.ladderSteps("hip")).extracting("id")
                .containsExactly("bridge", "single-leg-bridge", "hip-thrust");
        assertThat(catalogue.input("knee-in")).get().extracting("perSide").isEqualTo(true);
    }

    @Test
    void invalidPackIsRejectedWithAnExceptionListingEveryProblem() {
        assertThatThrownBy(() -> new ContentPackLoader().load(Fixtures.pack("many-problems")))
                .isInstanceOf(ContentPackException.class)
                .satisfies(e -> assertThat(((ContentPackException) e).problems()).hasSize(2))
                .hasMessageContaining("exercises/strength.yaml:17: 'sets' must be between 1 and 10, not 12");
    }

    @Test
    void packWithoutAManifestSaysSo() {
        PackSource empty = PackSource.directory(Fixtures.dir("valid-minimal").resolve("exercises"));
        assertThat(new ContentPackLoader().check(empty).problems()).singleElement().asString()
                .startsWith("pack.yaml:1: no pack.yaml in ");
    }

    @Test
    void yamlSyntaxErrorIsReportedWithFileAndLine() {
        assertThat(Fixtures.problems("yaml-syntax")).containsExactly(
                "findings.yaml:7: YAML syntax error: while parsing a flow sequence");
    }

    @Test
    void unknownKeyIsReportedWithFileAndLine() {
        assertThat(Fixtures.problems("unknown-key")).containsExactly(
                "exercises/strength.yaml:7: unknown key 'colour' (allowed: id, name, pillar, addresses, why, equipment, unilateral, loadable, pattern, ladder, level, instructions, cues, faults, dosage, load-guidance, contraindications, references)");
    }

    @Test
    void duplicateKeyInOneMappingIsReported() {
        assertThat(Fixtures.problems("duplicate-key")).containsExactly(
                "exercises/strength.yaml:7: duplicate key 'why' (first at line 6)");
    }

    @Test
    void missingRequiredFieldIsReportedAtItsEntry() {
        assertThat(Fixtures.problems("missing-required")).containsExactly(
                "exercises/strength.yaml:2: missing required key 'why'");
    }

    @Test
    void wrongTypeIsReportedWithFileAndLine() {
        assertThat(Fixtures.problems("wrong-type")).containsExactly(
                "exercises/strength.yaml:17: 'sets' must be a whole number, not \"three\"");
    }

    @Test
    void valueOutsideItsRangeIsReported() {
        assertThat(Fixtures.problems("out-of-range")).containsExactly(
                "exercises/strength.yaml:17: 'sets' must be between 1 and 10, not 12");
    }

    @Test
    void valueOutsideAClosedVocabularyListsTheAllowedValues() {
        assertThat(Fixtures.problems("wrong-enum")).containsExactly(
                "exercises/strength.yaml:4: 'pillar' must be one of strength, mobility, neuromuscular, education, not \"strenght\"");
    }

    @Test
    void danglingFindingReferenceIsReportedWithFileAndLine() {
        assertThat(Fixtures.problems("dangling-finding")).containsExactly(
                "exercises/strength.yaml:5: unknown finding 'weak-knee'");
    }

    @Test
    void danglingSourceReferenceIsReportedWithFileAndLine() {
        assertThat(Fixtures.problems("dangling-reference")).containsExactly(
                "findings.yaml:10: unknown reference 'ref-x'");
    }

    @Test
    void danglingEquipmentIsReportedWithFileAndLine() {
        assertThat(Fixtures.problems("dangling-equipment")).containsExactly(
                "exercises/strength.yaml:7: unknown equipment 'kettlebell'");
    }

    @Test
    void danglingSafetyFlagIsReportedWithFileAndLine() {
        assertThat(Fixtures.problems("dangling-flag")).containsExactly(
                "exercises/strength.yaml:23: unknown safety flag 'giving-wey'");
    }

    @Test
    void danglingInputInARuleIsReportedWithFileAndLine() {
        assertThat(Fixtures.problems("dangling-input")).containsExactly(
                "inference.yaml:8: unknown input 'knee-inn'");
    }

    @Test
    void aRequiredWhenNamingAnAnswerTheOtherInputCannotHaveIsReported() {
        assertThat(Fixtures.problems("required-when-mismatch")).containsExactly(
                "tests.yaml:24: 'required-when' expects 'measurd', which is not an answer of 'wall-result'");
    }

    @Test
    void danglingLadderIsReportedAndTheShortenedLadderToo() {
        assertThat(Fixtures.problems("dangling-ladder")).containsExactly(
                "exercises/strength.yaml:57: unknown ladder 'hips'",
                "ladders.yaml:2: ladder 'hip' has 2 level(s); a ladder needs at least 3");
    }

    @Test
    void ladderWithFewerThanThreeLevelsIsReported() {
        assertThat(Fixtures.problems("ladder-too-short")).containsExactly(
                "ladders.yaml:6: ladder 'ankle' has 2 level(s); a ladder needs at least 3");
    }

    @Test
    void ladderWithAGapIsReported() {
        assertThat(Fixtures.problems("ladder-gap")).containsExactly(
                "ladders.yaml:6: ladder 'ankle' has no level 3 (levels must run 1, 2, 3... without gaps)");
    }

    @Test
    void twoExercisesOnTheSameLevelAreReported() {
        assertThat(Fixtures.problems("ladder-duplicate-level")).containsExactly(
                "exercises/mobility.yaml:58: exercises 'wall-rock' and 'deep-rock' are both level 2 of ladder 'ankle'",
                "ladders.yaml:6: ladder 'ankle' has 2 level(s); a ladder needs at least 3");
    }

    @Test
    void formGatedLadderWithoutAMaxLevelIsReported() {
        assertThat(Fixtures.problems("form-gate-without-max-level")).containsExactly(
                "ladders.yaml:6: 'max-level-while-caving' is required when 'form-gated' is true");
    }

    @Test
    void findingWithoutAnExerciseInAClaimedPillarIsReported() {
        assertThat(Fixtures.problems("pillar-without-exercise")).containsExactly(
                "findings.yaml:7: finding 'weak-hip' claims the neuromuscular pillar but no neuromuscular exercise addresses it");
    }

    @Test
    void duplicateIdAcrossFilesPointsAtBothPlaces() {
        assertThat(Fixtures.problems("duplicate-id-across-files")).containsExactly(
                "exercises/mobility.yaml:2: duplicate exercise id 'bridge' (already defined at exercises/strength.yaml:2)");
    }

    @Test
    void loadableExerciseWithoutLoadGuidanceIsReported() {
        assertThat(Fixtures.problems("load-guidance-missing")).containsExactly(
                "exercises/strength.yaml:55: 'load-guidance' is required when 'loadable' is true");
    }

    @Test
    void loadGuidanceOnANonLoadableExerciseIsReported() {
        assertThat(Fixtures.problems("load-guidance-forbidden")).containsExactly(
                "exercises/strength.yaml:13: 'load-guidance' must be left out when 'loadable' is false");
    }

    @Test
    void ruleOperatorThatDoesNotFitTheInputTypeIsReported() {
        assertThat(Fixtures.problems("rule-operator-mismatch")).containsExactly(
                "inference.yaml:33: 'below' needs a numeric input but 'knee-in' is yes-no",
                "inference.yaml:34: 'equals' for choice input 'wall-result' must be one of measured, could-not");
    }

    @Test
    void bilateralRuleOnAPerSideFindingIsReported() {
        assertThat(Fixtures.problems("rule-side-mismatch")).containsExactly(
                "inference.yaml:4: rule 'hip-knee-in' is bilateral but finding 'weak-hip' is per side",
                "inference.yaml:6: placeholder '{side}' only fits per-side rules",
                "inference.yaml:8: bilateral rule 'hip-knee-in' cannot read per-side input 'knee-in' (use side: per-side)");
    }

    @Test
    void fileNamedInTheManifestButMissingIsReportedAtTheManifestLine() {
        assertThat(Fixtures.problems("missing-file")).containsExactly(
                "pack.yaml:6: file 'missing.yaml' not found in the pack");
    }

    @Test
    void problemsInSeveralFilesAreAllCollectedBeforeFailing() {
        assertThat(Fixtures.problems("many-problems")).containsExactly(
                "exercises/strength.yaml:17: 'sets' must be between 1 and 10, not 12",
                "findings.yaml:4: unknown key 'colour' (allowed: id, name, explanation, why-it-matters, risks, pillars, entry-exercises, per-side, professional-assessment, professional-advice, references, evidence, evidence-note)");
    }

    @Test
    void cavingInputNamingAnUnknownInputIsReported() {
        assertThat(Fixtures.problems("prescription-unknown-input")).containsExactly(
                "prescription.yaml:7: unknown input 'knee-out'");
    }

    @Test
    void cavingInputOfTheWrongTypeAndAReactivePhaseThatIsTheFirstAreReported() {
        assertThat(Fixtures.problems("prescription-wrong-input-type")).containsExactly(
                "prescription.yaml:7: 'caving-input' must be a per-side yes-no input, but 'wall-cm' is decimal",
                "prescription.yaml:32: programmes may not start in phase 'basics': it must come before the reactive phase 'basics'",
                "prescription.yaml:33: reactive phase 'basics' must come after the first phase, which is where programmes start");
    }

    @Test
    void bundledPrescriptionRulesAreReachableFromTheCatalogue() {
        ContentCatalogue catalogue = new ContentPackLoader().load(Fixtures.pack("valid-minimal"));
        assertThat(catalogue.prescription().cavingInput()).isEqualTo("knee-in");
        assertThat(catalogue.prescription().timing().warmUpSeconds()).isEqualTo(120);
    }

    @Test
    void aPhaseThatIsNotTheLastWithoutTypedCriteriaIsReported() {
        assertThat(Fixtures.problems("phase-without-criteria")).containsExactly(
                "progression.yaml:54: phase 'basics' needs 'advance-when' (every phase but the last says, typed, when to move on)");
    }

    @Test
    void phaseCriteriaOutsideTheirPhaseOrPainLimitsAndOnTheLastPhaseAreReported() {
        assertThat(Fixtures.problems("phase-criteria-invalid")).containsExactly(
                "progression.yaml:56: 'min-weeks' (5) must lie within the phase's 'typical-weeks' (2-4)",
                "progression.yaml:59: 'max-pain' (6) must not be more than pain-monitoring's 'acceptable-during-max' (5)",
                "progression.yaml:68: the last phase 'fast' cannot have 'advance-when' (there is no phase after it)");
    }

    @Test
    void aCavingKneeThatWouldStepDownBeforeItHoldsIsReported() {
        assertThat(Fixtures.problems("form-gate-caving-thresholds")).containsExactly(
                "progression.yaml:28: 'caving-sessions-to-step-down' (1) must be more than 'caving-sessions-to-hold' (1):"
                        + " a caving knee holds first, then steps down");
    }

    @Test
    void aDueWindowAsLongAsTheShortestReassessmentIntervalIsReported() {
        assertThat(Fixtures.problems("reassessment-window-too-long")).containsExactly(
                "referral.yaml:39: 'due-window-days' (14) must be shorter than the shortest allowed interval (14 days)");
    }

    @Test
    void theReassessmentScheduleIsReadFromTheReferralRules() {
        var reassessment = new ContentPackLoader().load(Fixtures.pack("valid-minimal")).referral().reassessment();
        assertThat(reassessment.defaultIntervalWeeks()).isEqualTo(4);
        assertThat(reassessment.allowedIntervalWeeks().min()).isEqualTo(2);
        assertThat(reassessment.dueWindowDays()).isEqualTo(7);
    }

    @Test
    void aPackMissingAStopLevelForAnUrgentClassQuestionFailsStartUp() {
        assertThat(Fixtures.problems("urgent-flag-not-stopping")).containsExactly(
                "safety.yaml:11: flag 'night-pain' is urgent, so red-flags.stop-exercise-at in the referral rules must"
                        + " include urgent: acute and urgent flags stop exercise");
        assertThatThrownBy(() -> new ContentPackLoader().load(Fixtures.pack("urgent-flag-not-stopping")))
                .isInstanceOf(ContentPackException.class).hasMessageContaining("night-pain");
    }

    @Test
    void aTimeFrameThatDoesNotFitTheFlagsLevelIsReported() {
        assertThat(Fixtures.problems("time-frame-mismatch")).containsExactly(
                "safety.yaml:4: flag 'giving-way' stops exercise, so its time-frame must be today, within-a-week or"
                        + " before-exercising, not within-weeks",
                "safety.yaml:12: flag 'creaks' does not stop exercise, so its time-frame must be within-weeks (a sooner"
                        + " time frame needs a stopping level)");
    }

    @Test
    void raisedWhenConditionsMustReadScreenedAnswersAndAFlagIsEitherAskedOrRaised() {
        assertThat(Fixtures.problems("raised-when-invalid")).containsExactly(
                "safety.yaml:14: input 'knee-in' must be a safety or about-you input that is not per side, so it is"
                        + " answered before the screen is judged",
                "safety.yaml:15: an age condition needs 'birth-year-input' in the referral rules' red-flags block",
                "safety.yaml:16: 'equals' for safety question 'giving-way' must be true or false",
                "safety.yaml:17: unknown input or safety question 'no-such-input'",
                "safety.yaml:28: flag 'both-ways' has both 'raised-when' and a question: it is either asked or raised by"
                        + " other answers",
                "safety.yaml:28: flag 'both-ways' needs a 'reason', the sentence shown when it is raised");
    }

    @Test
    void anEntryExerciseMustExistAndAddressItsFinding() {
        assertThat(Fixtures.problems("entry-exercise-invalid")).containsExactly(
                "findings.yaml:8: unknown exercise 'no-such-exercise'",
                "findings.yaml:8: entry exercise 'calf-stretch' does not address finding 'weak-hip'");
    }

    @Test
    void aMeasuresTrackedFindingsAndFailOnItsOwnCriteriaMustExist() {
        assertThat(Fixtures.problems("measure-extras-invalid")).containsExactly(
                "referral.yaml:54: unknown finding 'no-such-finding'",
                "referral.yaml:55: 'knee-in' must be one of this pass-fail measure's criteria");
    }

    @Test
    void anInferenceRuleCannotReadAge() {
        assertThat(Fixtures.problems("age-in-inference-rule")).containsExactly(
                "inference.yaml:9: age conditions only fit a safety flag's 'raised-when'");
    }
}
