package com.kneeline.prescription.engine;

import static com.kneeline.assessment.engine.Side.LEFT;
import static com.kneeline.assessment.engine.Side.RIGHT;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.kneeline.assessment.engine.AnswerKey;
import com.kneeline.assessment.engine.Answers;
import com.kneeline.assessment.engine.AssessmentProfiles;
import com.kneeline.assessment.engine.Evidence;
import com.kneeline.assessment.engine.InferredFinding;
import com.kneeline.assessment.engine.Side;
import com.kneeline.content.model.ContentCatalogue;
import com.kneeline.content.model.Exercise;
import com.kneeline.content.model.Finding;
import com.kneeline.content.model.Ladder;
import com.kneeline.content.model.Pillar;
import com.kneeline.content.model.Strength;
import com.kneeline.content.model.Template;

/** The prescription rules one by one, on the bundled pack and the assessment's reference profiles. */
class PrescriptionEngineTest {

    private static final ContentCatalogue CAT = Rx.CATALOGUE;
    private static final PrescriptionEngine ENGINE = Rx.ENGINE;
    private final ProgrammeInvariants invariants = new ProgrammeInvariants(CAT, ENGINE);

    private static Answers withPain(Answers answers, int activityPain) {
        return answers.with(AnswerKey.of(CAT.prescription().painInputs().duringActivity()),
                Integer.toString(activityPain));
    }

    private static InferredFinding finding(String id, Side side) {
        return new InferredFinding(id, side, Strength.LIKELY, List.of());
    }

    private static PrescriptionRequest direct(List<InferredFinding> findings, Set<String> flags, Answers answers,
            Set<String> equipment, int minutes, int sessions, Set<Side> affected) {
        return new PrescriptionRequest(findings, flags, answers, equipment, minutes, sessions, affected);
    }

    private static List<PlannedExercise> all(Programme p) {
        return p.sessions().stream().flatMap(s -> s.exercises().stream()).toList();
    }

    private static Set<String> ids(Programme p) {
        Set<String> ids = new HashSet<>();
        all(p).forEach(e -> ids.add(e.exerciseId()));
        return ids;
    }

    private static Exercise exercise(String id) {
        return CAT.exercise(id).orElseThrow();
    }

    // --- red flags ----------------------------------------------------------------------------------------------

    @Test
    void aStopLevelRedFlagGivesAReferralOnlyProgrammeWithoutSessions() {
        Programme p = Rx.prescribe(AssessmentProfiles.redFlagStop());
        assertThat(p.kind()).isEqualTo(Programme.Kind.REFERRAL_ONLY);
        assertThat(p.sessions()).isEmpty();
        assertThat(p.referralSuggested()).isTrue();
        assertThat(p.phaseId()).isNull();
        assertThat(p.safetyNotes()).containsExactly(CAT.referral().redFlags().advice());
        assertThat(p.education()).singleElement().asString()
                .startsWith(CAT.safetyFlag("giving-way").orElseThrow().professional());
    }

    @Test
    void nightOrRestPainIsUrgentNowAndGivesNoProgrammeOnlyTheReferral() {
        PrescriptionRequest r = Rx.request(AssessmentProfiles.motorControlOnly());
        r = new PrescriptionRequest(r.findings(), Set.of("night-or-rest-pain"), r.answers(), r.equipment(), 90, 3,
                Set.of());
        Programme p = ENGINE.prescribe(r);
        assertThat(p.kind()).isEqualTo(Programme.Kind.REFERRAL_ONLY);
        assertThat(p.sessions()).isEmpty();
        invariants.check(r, p);
    }

    // --- coverage -----------------------------------------------------------------------------------------------

    @Test
    void everyFindingIsAddressedInEachPillarItClaims() {
        PrescriptionRequest r = Rx.request(AssessmentProfiles.leftPronationAndLimitedDorsiflexion());
        Programme p = ENGINE.prescribe(r);
        Set<String> week = ids(p);
        for (InferredFinding f : r.findings()) {
            for (Pillar pillar : CAT.finding(f.findingId()).orElseThrow().pillars()) {
                if (pillar != Pillar.EDUCATION) {
                    assertThat(CAT.exercisesFor(f.findingId(), pillar)).as(f.findingId() + " " + pillar)
                            .anyMatch(e -> week.contains(e.id()));
                }
            }
        }
        invariants.check(r, p);
    }

    @Test
    void educationOnlyFindingsAddTheirAdviceAndSuggestAProfessional() {
        Finding staticValgus = CAT.finding("static-valgus").orElseThrow();
        PrescriptionRequest r = direct(List.of(finding("static-valgus", null), finding("structural-factors", null)),
                Set.of(), AssessmentProfiles.noFindings(), Rx.ALL_EQUIPMENT, 30, 2, Set.of());
        Programme p = ENGINE.prescribe(r);
        assertThat(p.sessions()).isEmpty();
        assertThat(p.education()).contains(staticValgus.professionalAdvice(),
                CAT.finding("structural-factors").orElseThrow().professionalAdvice());
        assertThat(p.referralSuggested()).isTrue();
    }

    @Test
    void aFindingThatAlsoClaimsEducationGetsTheEducationEntryOfThePack() {
        Programme p = Rx.prescribe(AssessmentProfiles.leftPronationAndLimitedDorsiflexion());
        assertThat(p.education()).contains(CAT.prescription().education().stream()
                .filter(e -> e.finding().equals("excessive-foot-pronation")).findFirst().orElseThrow().text());
        assertThat(p.referralSuggested()).isFalse();
    }

    @Test
    void noFindingsGivesNoSessionsAndSaysSo() {
        Programme p = Rx.prescribe(AssessmentProfiles.noFindings());
        assertThat(p.kind()).isEqualTo(Programme.Kind.FULL);
        assertThat(p.sessions()).isEmpty();
        assertThat(p.education()).containsExactly(CAT.prescription().wording().noFindings());
    }

    // --- time ---------------------------------------------------------------------------------------------------

    @Test
    void everySessionFitsItsMinutesWarmUpIncluded() {
        for (int minutes : new int[] {15, 25, 45, 90}) {
            PrescriptionRequest r = Rx.request(AssessmentProfiles.bilateralHipWeaknessTrendelenburg(),
                    Rx.ALL_EQUIPMENT, minutes, 3, Set.of());
            Programme p = ENGINE.prescribe(r);
            assertThat(p.sessions()).allSatisfy(s -> {
                assertThat(s.estimatedMinutes()).isLessThanOrEqualTo(minutes);
                assertThat(s.warmUp()).hasSameSizeAs(CAT.prescription().timing().warmUp());
            });
            invariants.check(r, p);
        }
    }

    @Test
    void aTightBudgetReducesSetsToTheMinimumBeforeANeededExerciseIsLeftOut() {
        PrescriptionRequest r = Rx.request(AssessmentProfiles.leftPronationAndLimitedDorsiflexion(),
                Set.of(), 10, 1, Set.of());
        Programme p = ENGINE.prescribe(r);
        assertThat(all(p)).anySatisfy(e -> assertThat(e.sets()).isLessThan(exercise(e.exerciseId()).dosage().sets()));
        invariants.check(r, p);
    }

    @Test
    void whenOneSessionCannotHoldEverythingTheWeekSpreadsItOverSessions() {
        List<InferredFinding> many = CAT.findings().stream()
                .filter(f -> f.pillars().stream().anyMatch(pl -> pl != Pillar.EDUCATION))
                .map(f -> finding(f.id(), f.perSide() ? LEFT : null)).toList();
        PrescriptionRequest r = direct(many, Set.of(), AssessmentProfiles.noFindings(), Rx.ALL_EQUIPMENT, 30, 5,
                Set.of());
        Programme p = ENGINE.prescribe(r);
        assertThat(p.sessions()).hasSize(5).allSatisfy(s -> assertThat(s.estimatedMinutes()).isLessThanOrEqualTo(30));
        assertThat(p.sessions().stream().map(s -> Set.copyOf(s.exercises().stream()
                .map(PlannedExercise::exerciseId).toList())).distinct()).hasSizeGreaterThan(1);
        invariants.check(r, p);
    }

    // --- equipment ----------------------------------------------------------------------------------------------

    @Test
    void withoutEquipmentOnlyFloorWallAndChairExercisesArePrescribedAndEveryPillarIsStillCovered() {
        PrescriptionRequest r = Rx.request(AssessmentProfiles.bilateralHipWeaknessTrendelenburg(), Set.of(), 45, 3,
                Set.of());
        Programme p = ENGINE.prescribe(r);
        assertThat(all(p)).isNotEmpty().allSatisfy(e -> assertThat(exercise(e.exerciseId()).equipment()).isEmpty());
        invariants.check(r, p);
    }

    @Test
    void aStrongHipAbductorWeaknessOnBothSidesWithNoEquipmentStartsTheClamshellLadderInPhaseOne() {
        PrescriptionRequest without = Rx.request(AssessmentProfiles.bilateralHipWeaknessTrendelenburg(),
                Set.of(), 45, 3, Set.of());
        Programme p = ENGINE.prescribe(without);

        assertThat(p.phaseId()).isEqualTo(CAT.progression().phases().get(0).id());
        assertThat(ids(p)).contains(CAT.finding("weak-glute-medius").orElseThrow().entryExercises().toArray(String[]::new));
        assertThat(ids(p).size()).isGreaterThan(2);
        assertThat(p.sessions().getFirst().exercises().getFirst().exerciseId())
                .isEqualTo(CAT.finding("weak-glute-medius").orElseThrow().entryExercises().getFirst());
        invariants.check(without, p);
    }

    @Test
    void aKneeThatHurtsInTheSquatGetsQuadricepsWorkFromItsLadderAsStandardCare() {
        Answers painful = AssessmentProfiles.noFindings().with(AnswerKey.of("sls-pain", LEFT), "4")
                .with(AnswerKey.of("sls-pain", RIGHT), "3");
        Programme p = Rx.prescribe(painful);
        String entry = CAT.finding("painful-knee-loading").orElseThrow().entryExercises().getFirst();
        assertThat(exercise(entry).ladder()).isEqualTo("quadriceps");
        assertThat(ids(p)).contains(entry);
        assertThat(p.education()).anySatisfy(text -> assertThat(text).contains("thigh"));
    }

    // --- form gate and start level ------------------------------------------------------------------------------

    @Test
    void whileTheKneeCavesFormGatedLaddersStayAtTheirCavingLevelWithoutLoad() {
        PrescriptionRequest r = Rx.request(AssessmentProfiles.motorControlOnly(), Rx.ALL_EQUIPMENT, 90, 3, Set.of());
        Programme p = ENGINE.prescribe(r);
        assertThat(all(p)).isNotEmpty().allSatisfy(e -> {
            Exercise x = exercise(e.exerciseId());
            Ladder l = CAT.ladder(x.ladder()).orElseThrow();
            if (l.formGated()) {
                assertThat(x.level()).isLessThanOrEqualTo(l.maxLevelWhileCaving());
                assertThat(e.loadGuidance()).isNull();
            }
        });
        assertThat(p.safetyNotes()).contains(CAT.progression().formGate().whenCaving());
        assertThat(p.phaseId()).isEqualTo(CAT.progression().phases().get(0).id());
    }

    @Test
    void cavingOnOneSideIsEnoughToHoldBilateralExercisesBack() {
        Answers oneSide = AssessmentProfiles.motorControlOnly()
                .with(AnswerKey.of(CAT.prescription().cavingInput(), RIGHT), Answers.NO);
        PrescriptionRequest r = Rx.request(oneSide, Rx.ALL_EQUIPMENT, 90, 3, Set.of());
        Programme p = ENGINE.prescribe(r);
        assertThat(p.phaseId()).isEqualTo(CAT.progression().phases().get(0).id());
        invariants.formGatedLaddersStayAtOrBelowTheirCavingLevelWithoutLoad(r, p);
    }

    @Test
    void withoutCavingExercisesStartAtABeginnerLevelAndNeverAtTheTopOfALadderTheyCouldAvoid() {
        for (Answers a : List.of(AssessmentProfiles.leftPronationAndLimitedDorsiflexion(),
                AssessmentProfiles.bilateralHipWeaknessTrendelenburg())) {
            Programme p = ENGINE.prescribe(Rx.request(a));
            assertThat(all(p)).isNotEmpty().allSatisfy(e -> {
                Exercise x = exercise(e.exerciseId());
                List<Exercise> steps = CAT.ladderSteps(x.ladder());
                assertThat(x.level()).isLessThan(steps.get(steps.size() - 1).level()).isLessThanOrEqualTo(3);
            });
        }
    }

    @Test
    void lowPainNoCavingAndOnlyPossibleFindingsStartInTheLaterPhaseAndSayWhy() {
        var rule = CAT.prescription().phaseStart().rules().get(0);
        // a short side-leg hold on the left only: a possible finding
        Answers possible = AssessmentProfiles.noFindings().with(AnswerKey.of("hip-abduction-hold-seconds", Side.LEFT), "20");
        Programme p = Rx.prescribe(possible);
        assertThat(p.phaseId()).isEqualTo(rule.phase());
        assertThat(p.education()).contains(rule.reason());
        Programme painful = Rx.prescribe(withPain(possible, rule.activityPainAtMost() + 1));
        assertThat(painful.phaseId()).isEqualTo(CAT.progression().phases().get(0).id());
        assertThat(painful.education()).doesNotContain(rule.reason());
    }

    @Test
    void aStrongOrLikelyFindingStartsInTheFirstPhaseEvenWithLowPainAndNoCaving() {
        Programme p = Rx.prescribe(AssessmentProfiles.bilateralHipWeaknessTrendelenburg());
        assertThat(p.phaseId()).isEqualTo(CAT.progression().phases().get(0).id());
        assertThat(p.education()).doesNotContain(CAT.prescription().phaseStart().rules().get(0).reason());
    }

    @Test
    void aProgrammeNeverStartsPastTheFirstPhaseWhileTheKneeCaves() {
        Answers cavingOnly = AssessmentProfiles.noFindings().with(AnswerKey.of("sls-knee-inward", Side.LEFT), "yes")
                .with(AnswerKey.of("cue-corrects-knee", Side.LEFT), "yes");
        assertThat(Rx.prescribe(cavingOnly).phaseId()).isEqualTo(CAT.progression().phases().get(0).id());
    }

    @Test
    void everyContentPhaseIsListedInOrderAndTheReactivePhaseComesAfterTheStart() {
        Programme p = Rx.prescribe(AssessmentProfiles.motorControlOnly());
        assertThat(p.phases()).extracting(Programme.PhaseSummary::id)
                .containsExactlyElementsOf(CAT.progression().phases().stream().map(ph -> ph.id()).toList());
        List<String> order = p.phases().stream().map(Programme.PhaseSummary::id).toList();
        String reactive = CAT.prescription().phaseStart().reactivePhase();
        assertThat(order).contains(reactive);
        assertThat(order.indexOf(reactive)).isGreaterThan(order.indexOf(p.phaseId()));
    }

    // --- requested phase ----------------------------------------------------------------------------------------

    @Test
    void aRequestedPhaseReplacesThePhaseStartRulesAndUnlocksReactivePatternsInTheReactivePhase() {
        String reactive = CAT.prescription().phaseStart().reactivePhase();
        PrescriptionRequest r = Rx.request(AssessmentProfiles.bilateralHipWeaknessTrendelenburg()).inPhase(reactive);
        Programme p = ENGINE.prescribe(r);
        assertThat(p.kind()).isEqualTo(Programme.Kind.FULL);
        assertThat(p.phaseId()).isEqualTo(reactive);
        invariants.check(r, p);

        String first = CAT.progression().phases().get(0).id();
        PrescriptionRequest back = Rx.request(AssessmentProfiles.bilateralHipWeaknessTrendelenburg()).inPhase(first);
        assertThat(ENGINE.prescribe(back).phaseId()).isEqualTo(first);
        assertThat(ENGINE.prescribe(back.inPhase(null)).phaseId()).isEqualTo(first); // strong findings start first
    }

    @Test
    void aRequestedLaterPhaseStillKeepsACavingKneeAtTheCavingLevelWithoutLoad() {
        String later = CAT.prescription().phaseStart().rules().get(0).phase();
        PrescriptionRequest r = Rx.request(AssessmentProfiles.motorControlOnly(), Rx.ALL_EQUIPMENT, 90, 3, Set.of())
                .inPhase(later);
        Programme p = ENGINE.prescribe(r);
        assertThat(p.phaseId()).isEqualTo(later);
        invariants.formGatedLaddersStayAtOrBelowTheirCavingLevelWithoutLoad(r, p);
        invariants.check(r, p);
    }

    @Test
    void referralOnlyAndTheLowLoadModeWinOverARequestedPhase() {
        String later = CAT.prescription().phaseStart().rules().get(0).phase();
        Programme stop = ENGINE.prescribe(Rx.request(AssessmentProfiles.redFlagStop()).inPhase(later));
        assertThat(stop.kind()).isEqualTo(Programme.Kind.REFERRAL_ONLY);
        assertThat(stop.phaseId()).isNull();
        Programme gentle = ENGINE.prescribe(Rx.request(withPain(AssessmentProfiles.bilateralHipWeaknessTrendelenburg(),
                CAT.prescription().lowLoad().fromActivityPain())).inPhase(later));
        assertThat(gentle.kind()).isEqualTo(Programme.Kind.LOW_LOAD);
        assertThat(gentle.phaseId()).isEqualTo(CAT.progression().phases().get(0).id());
    }

    @Test
    void anUnknownRequestedPhaseIsRejected() {
        PrescriptionRequest r = Rx.request(AssessmentProfiles.motorControlOnly()).inPhase("no-such-phase");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ENGINE.prescribe(r))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no-such-phase");
    }

    @Test
    void theEligibilityRulesSayWhenTheFormGateHoldsAnExerciseBackOrUnloaded() {
        PrescriptionRequest caving = Rx.request(AssessmentProfiles.motorControlOnly());
        Ladder gated = CAT.ladders().stream().filter(Ladder::formGated).findFirst().orElseThrow();
        Exercise above = CAT.ladderSteps(gated.id()).stream().filter(x -> x.level() > gated.maxLevelWhileCaving())
                .findFirst().orElseThrow();
        assertThat(ENGINE.refusal(caving, above.id())).map(Refusal::code).contains(Refusal.Code.FORM_GATE_CAP);
        assertThat(ENGINE.loadRefusal(caving, above.id())).isPresent();
        assertThat(ENGINE.refusal(Rx.request(AssessmentProfiles.bilateralHipWeaknessTrendelenburg()), above.id())
                .map(Refusal::code)).isNotEqualTo(java.util.Optional.of(Refusal.Code.FORM_GATE_CAP));
        assertThat(ENGINE.prescribe(Rx.request(AssessmentProfiles.redFlagStop())).kind())
                .isEqualTo(Programme.Kind.REFERRAL_ONLY);
    }

    // --- pain ---------------------------------------------------------------------------------------------------

    @Test
    void activityPainAtTheThresholdGivesALowLoadProgrammeWithoutLoadOrImpact() {
        int threshold = CAT.prescription().lowLoad().fromActivityPain();
        PrescriptionRequest r = Rx.request(withPain(AssessmentProfiles.bilateralHipWeaknessTrendelenburg(), threshold));
        Programme p = ENGINE.prescribe(r);
        assertThat(p.kind()).isEqualTo(Programme.Kind.LOW_LOAD);
        assertThat(p.education()).contains(CAT.prescription().lowLoad().education());
        assertThat(all(p)).isNotEmpty().allSatisfy(e -> {
            Exercise x = exercise(e.exerciseId());
            assertThat(e.loadGuidance()).isNull();
            assertThat(x.contraindications().maxPain()).isGreaterThanOrEqualTo(threshold);
            assertThat(CAT.prescription().lowLoad().excludedPatterns()).doesNotContain(x.pattern());
        });
        invariants.check(r, p);
        Programme below = Rx.prescribe(withPain(AssessmentProfiles.bilateralHipWeaknessTrendelenburg(), threshold - 1));
        assertThat(below.kind()).isEqualTo(Programme.Kind.FULL);
    }

    @Test
    void anExerciseWhoseMaxPainIsBelowThePersonsPainIsNeverPrescribed() {
        PrescriptionRequest r = Rx.request(withPain(AssessmentProfiles.motorControlOnly(), 5));
        Programme p = ENGINE.prescribe(r);
        assertThat(all(p)).isNotEmpty()
                .allSatisfy(e -> assertThat(exercise(e.exerciseId()).contraindications().maxPain()).isGreaterThanOrEqualTo(5));
    }

    @Test
    void painNoExerciseAllowsIsExplainedInsteadOfCovered() {
        PrescriptionRequest r = Rx.request(withPain(AssessmentProfiles.bilateralHipWeaknessTrendelenburg(), 9));
        Programme p = ENGINE.prescribe(r);
        assertThat(p.sessions()).isEmpty();
        assertThat(p.education()).anyMatch(t -> t.startsWith("No exercise for weak side hip muscles"));
    }

    // --- volume -------------------------------------------------------------------------------------------------

    @Test
    void unilateralExercisesGetExtraSetsOnTheOnlySideWithAFinding() {
        PrescriptionRequest r = direct(List.of(finding("limited-ankle-dorsiflexion", LEFT)), Set.of(),
                AssessmentProfiles.noFindings(), Set.of(), 60, 3, Set.of());
        Programme p = ENGINE.prescribe(r);
        assertThat(all(p)).filteredOn(e -> exercise(e.exerciseId()).unilateral()).isNotEmpty().allSatisfy(e -> {
            assertThat(e.extraSetsOn()).isEqualTo(LEFT);
            assertThat(e.extraSets()).isEqualTo(CAT.prescription().affectedSide().extraSets());
        });
        assertThat(all(p)).filteredOn(e -> !exercise(e.exerciseId()).unilateral())
                .allSatisfy(e -> assertThat(e.extraSetsOn()).isNull());
    }

    @Test
    void withFindingsOnBothSidesTheAffectedKneeGetsTheExtraSets() {
        PrescriptionRequest r = direct(List.of(finding("limited-ankle-dorsiflexion", LEFT),
                finding("limited-ankle-dorsiflexion", RIGHT)), Set.of(), AssessmentProfiles.noFindings(), Set.of(),
                60, 3, Set.of(RIGHT));
        assertThat(all(ENGINE.prescribe(r))).filteredOn(e -> exercise(e.exerciseId()).unilateral()).isNotEmpty()
                .allSatisfy(e -> assertThat(e.extraSetsOn()).isEqualTo(RIGHT));
        PrescriptionRequest both = new PrescriptionRequest(r.findings(), Set.of(), r.answers(), Set.of(), 60, 3,
                Set.of(LEFT, RIGHT));
        assertThat(all(ENGINE.prescribe(both))).allSatisfy(e -> assertThat(e.extraSets()).isZero());
    }

    @Test
    void sessionsHoldEveryNeededPillarWhenTimeAllows() {
        Programme p = ENGINE.prescribe(Rx.request(AssessmentProfiles.leftPronationAndLimitedDorsiflexion(),
                Rx.ALL_EQUIPMENT, 60, 3, Set.of()));
        assertThat(p.sessions()).allSatisfy(s -> assertThat(s.exercises()).extracting(PlannedExercise::pillar)
                .contains(Pillar.STRENGTH, Pillar.MOBILITY, Pillar.NEUROMUSCULAR));
    }

    @Test
    void noFindingAndPillarHasMoreExercisesInASessionThanThePackAllowsBeyondItsFloor() {
        int cap = CAT.prescription().pillarBalance().maxPerFindingAndPillarPerSession();
        Programme p = ENGINE.prescribe(direct(List.of(finding("tight-adductors", LEFT)), Set.of(),
                AssessmentProfiles.noFindings(), Rx.ALL_EQUIPMENT, 90, 2, Set.of()));
        assertThat(p.sessions()).allSatisfy(s -> assertThat(s.exercises().stream()
                .filter(e -> e.pillar() == Pillar.MOBILITY)).hasSizeLessThanOrEqualTo(cap));
    }

    @Test
    void withSevenSessionsAWeekAnExerciseIsOnlyOnItsDaysPerWeekAndNeverOnBackToBackDays() {
        PrescriptionRequest r = direct(List.of(finding("weak-glute-medius", LEFT)), Set.of(),
                AssessmentProfiles.noFindings(), Rx.ALL_EQUIPMENT, 60, 7, Set.of());
        Programme p = ENGINE.prescribe(r);
        Map<String, List<Integer>> daysOf = new TreeMap<>();
        p.sessions().forEach(s -> s.exercises().forEach(e ->
                daysOf.computeIfAbsent(e.exerciseId(), k -> new ArrayList<>()).add(s.dayOfWeek())));
        assertThat(daysOf).isNotEmpty().allSatisfy((id, days) -> {
            int perWeek = exercise(id).dosage().daysPerWeek();
            assertThat(days).as(id).hasSizeLessThanOrEqualTo(perWeek);
            if (perWeek <= 3) {
                for (int i = 1; i < days.size(); i++) {
                    assertThat(days.get(i) - days.get(i - 1)).as("%s on days %s", id, days).isGreaterThan(1);
                }
            }
        });
        // days with nothing left to do are rest days, and the programme says why the week is shorter
        assertThat(p.sessions()).hasSizeBetween(2, 6).allSatisfy(s -> assertThat(s.exercises()).isNotEmpty());
        assertThat(p.sessions()).extracting(SessionPlan::number).containsExactly(
                java.util.stream.IntStream.rangeClosed(1, p.sessions().size()).boxed().toArray(Integer[]::new));
        assertThat(p.education()).contains(Template.fill(CAT.prescription().wording().fewerSessions(),
                Map.of("sessions", Integer.toString(p.sessions().size()), "asked", "7")));
        invariants.check(r, p);
    }

    // --- rationale, notes, determinism --------------------------------------------------------------------------

    @Test
    void theRationaleNamesTheFindingTheSideAndTheFirstEvidence() {
        Programme p = Rx.prescribe(AssessmentProfiles.leftPronationAndLimitedDorsiflexion());
        assertThat(all(p)).flatExtracting(PlannedExercise::rationale).extracting(Rationale::text).contains(
                "For stiff ankle (limited shin-over-foot movement) on your left side: your left knee-to-wall "
                        + "distance was 6 cm, below 10 cm, a common rule of thumb for a stiff ankle.");
        assertThat(all(p)).allSatisfy(e -> assertThat(e.rationale()).isNotEmpty());
    }

    @Test
    void aFindingWithoutEvidenceFallsBackToItsExplanation() {
        Finding f = CAT.finding("tight-gastrocnemius").orElseThrow();
        Programme p = ENGINE.prescribe(direct(List.of(new InferredFinding(f.id(), LEFT, Strength.POSSIBLE, List.of())),
                Set.of(), AssessmentProfiles.noFindings(), Set.of(), 30, 1, Set.of()));
        assertThat(all(p).get(0).rationale().get(0).text()).endsWith(f.explanation());
    }

    @Test
    void everyProgrammeCarriesThePainMonitoringAndFormGateNotes() {
        Programme p = Rx.prescribe(AssessmentProfiles.leftPronationAndLimitedDorsiflexion());
        assertThat(p.safetyNotes()).contains(CAT.progression().painMonitoring().summary(),
                CAT.progression().formGate().rule());
    }

    @Test
    void theSameRequestAlwaysGivesTheSameProgramme() {
        PrescriptionRequest r = Rx.request(AssessmentProfiles.bilateralHipWeaknessTrendelenburg());
        assertThat(ENGINE.prescribe(r)).isEqualTo(ENGINE.prescribe(r));
        assertThat(new PrescriptionEngine(CAT).prescribe(r)).isEqualTo(ENGINE.prescribe(r));
    }

    @Test
    void sessionsAreSpreadOverTheWeek() {
        Programme p = ENGINE.prescribe(Rx.request(AssessmentProfiles.motorControlOnly(), Rx.ALL_EQUIPMENT, 30, 3,
                Set.of()));
        assertThat(p.sessions()).extracting(SessionPlan::dayOfWeek).containsExactly(1, 3, 5);
        assertThat(p.sessions()).extracting(SessionPlan::number).containsExactly(1, 2, 3);
    }

    // --- alternatives -------------------------------------------------------------------------------------------

    @Test
    void alternativesShareAPillarAndAFindingUseOnlyTheEquipmentAndAreOrderedByLadderProximity() {
        PrescriptionRequest r = Rx.request(AssessmentProfiles.leftPronationAndLimitedDorsiflexion(), Set.of(), 45, 3,
                Set.of());
        Exercise original = exercise("soleus-stretch");
        List<Exercise> alts = ENGINE.alternatives(r, original.id());
        assertThat(alts).isNotEmpty().doesNotContain(original).allSatisfy(a -> {
            assertThat(a.pillar()).isEqualTo(original.pillar());
            assertThat(a.equipment()).isEmpty();
            assertThat(a.addresses()).containsAnyElementsOf(List.of("limited-ankle-dorsiflexion"));
        });
        assertThat(alts.get(0).ladder()).isEqualTo(original.ladder());
        assertThat(alts).doesNotContain(exercise("step-calf-stretch")); // needs a step
        // the knee-to-wall is a bent-knee test: the straight-knee calf stretch alone is no answer to it
        assertThat(alts).doesNotContain(exercise("gastrocnemius-stretch"));
    }

    @Test
    void alternativesRespectTheFormGateAndPain() {
        PrescriptionRequest r = Rx.request(AssessmentProfiles.motorControlOnly());
        assertThat(ENGINE.alternatives(r, "mirror-squat-knees-out")).isNotEmpty()
                .allSatisfy(a -> assertThat(CAT.allowedWhileCaving(a)).isTrue())
                .allSatisfy(a -> assertThat(a.contraindications().maxPain()).isGreaterThanOrEqualTo(2));
    }

    @Test
    void anExerciseUnrelatedToThePersonsFindingsOrUnknownHasNoAlternatives() {
        PrescriptionRequest r = Rx.request(AssessmentProfiles.motorControlOnly());
        assertThat(ENGINE.alternatives(r, "butterfly-stretch")).isEmpty();
        assertThat(ENGINE.alternatives(r, "no-such-exercise")).isEmpty();
    }

    @Test
    void evidenceIsUsedAsWrittenByTheAssessment() {
        Evidence e = new Evidence("r", Strength.STRONG, "Your left calf felt tight.");
        Programme p = ENGINE.prescribe(direct(List.of(new InferredFinding("tight-gastrocnemius", LEFT, Strength.STRONG,
                List.of(e))), Set.of(), AssessmentProfiles.noFindings(), Set.of(), 30, 1, Set.of()));
        assertThat(all(p).get(0).rationale().get(0).text()).endsWith(": your left calf felt tight.");
    }
}
