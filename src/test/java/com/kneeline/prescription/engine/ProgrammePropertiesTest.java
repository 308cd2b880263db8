package com.kneeline.prescription.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.api.Subject2;
import org.quicktheories.core.Configuration;

import com.kneeline.Theories;

/**
 * Property-based tests of the prescription engine (QuickTheories): thousands of random assessments and random
 * finding combinations, each turned into a programme that must keep every invariant of issue 5. A failure prints
 * the smallest request the library could shrink it to, and the seed that replays it.
 * <p>
 * The seed is fixed so that CI is repeatable; to search further, run for example
 * {@code ./mvnw test -Dtest=ProgrammePropertiesTest -DQT_SEED=$RANDOM -DQT_EXAMPLES=20000}.
 */
class ProgrammePropertiesTest {

    /** The real safety screen, to judge a random assessment's answers independently of the request built from them. */
    private static final com.kneeline.assessment.engine.FindingsEngine SCREEN = Rx.FINDINGS;

    private static final long DEFAULT_SEED = 20_261_121L;
    private static final int DEFAULT_EXAMPLES = 2_000;

    private final RequestGenerators generators = new RequestGenerators(Rx.CATALOGUE);
    private final ProgrammeInvariants invariants = new ProgrammeInvariants(Rx.CATALOGUE, Rx.ENGINE);

    @Test
    void everyFindingIsAddressedInEachPillarItNeeds() {
        programmes().checkAssert(invariants::everyFindingIsCoveredInEachPillarItNeeds);
    }

    @Test
    void everySessionFitsThePersonsTimeBudget() {
        programmes().checkAssert((request, programme) -> {
            invariants.everySessionFitsItsTimeBudget(request, programme);
            invariants.reestimatingAFreshProgrammeChangesNoTime(programme);
        });
    }

    @Test
    void onlyEquipmentThePersonHasIsUsed() {
        programmes().checkAssert(invariants::onlyAvailableEquipmentIsUsed);
    }

    @Test
    void noLoadedSquatLungeOrLandingIsAboveTheRegressedLevelWhileTheKneeCavesIn() {
        AtomicInteger caving = new AtomicInteger();
        programmes().checkAssert((request, programme) -> {
            invariants.noLoadedSquatLungeOrLandingAboveTheRegressedLevelWhileCaving(request, programme);
            invariants.formGatedLaddersStayAtOrBelowTheirCavingLevelWithoutLoad(request, programme);
            caving.addAndGet(invariants.caving(request) ? 1 : 0);
        });
        assertThat(caving.get()).as("requests with a caving knee").isGreaterThan(examples() / 10);
    }

    @Test
    void anAcuteRedFlagGivesNoProgrammeOnlyTheReferral() {
        AtomicInteger stopped = new AtomicInteger();
        programmes().checkAssert((request, programme) -> {
            invariants.referralOnlyExactlyWhenAStopLevelFlagIsRaised(request, programme);
            stopped.addAndGet(invariants.stopFlagRaised(request) ? 1 : 0);
        });
        assertThat(stopped.get()).as("requests with a stop-level flag").isGreaterThan(examples() / 20);
    }

    @Test
    void anyStopLevelAnswerOnTheSafetyScreenGivesNoProgramme() {
        AtomicInteger stopped = new AtomicInteger();
        assessmentProgrammes().checkAssert((request, programme) -> {
            if (SCREEN.screen(request.answers(), RequestGenerators.YEAR, Set.of()).stop()) {
                stopped.incrementAndGet();
                assertThat(programme.kind()).isEqualTo(Programme.Kind.REFERRAL_ONLY);
                assertThat(programme.sessions()).isEmpty();
            }
        });
        assertThat(stopped.get()).as("assessments the screen stops").isGreaterThan(examples() / 20);
    }

    @Test
    void anyCavingKneeGivesAtLeastOneFinding() {
        AtomicInteger caving = new AtomicInteger();
        assessmentProgrammes().checkAssert((request, programme) -> {
            if (invariants.caving(request)) {
                caving.incrementAndGet();
                assertThat(request.findings()).as("findings of an assessment whose knee caved").isNotEmpty();
            }
        });
        assertThat(caving.get()).as("assessments with a caving knee").isGreaterThan(examples() / 10);
    }

    @Test
    void everyStrongOrLikelyFindingsEntryExerciseIsInWeekOne() {
        AtomicInteger checked = new AtomicInteger();
        programmes().checkAssert((request, programme) ->
                checked.addAndGet(invariants.entryExercisesOfStrongAndLikelyFindingsAreInTheWeek(request, programme)));
        assertThat(checked.get()).as("entry exercises checked").isGreaterThan(examples() / 2);
    }

    @Test
    void identicalInputGivesAnIdenticalProgramme() {
        programmes().checkAssert(invariants::identicalRequestGivesAnIdenticalProgramme);
    }

    @Test
    void noExerciseIsScheduledOnMoreOrCloserDaysThanItsDaysPerWeek() {
        programmes().checkAssert((request, programme) ->
                invariants.noExerciseIsOnMoreOrCloserDaysThanItsDaysPerWeek(programme));
    }

    @Test
    void painAndRaisedFlagsRuleOutTheExercisesTheContentSaysTheyRuleOut() {
        programmes().checkAssert(invariants::noExerciseIsAllowedThatPainOrAFlagRulesOut);
    }

    @Test
    void everyExerciseSaysWhichOfThePersonsFindingsItIsFor() {
        programmes().checkAssert((request, programme) -> {
            invariants.everyPlannedExerciseHasARationaleForOneOfItsFindings(request, programme);
            invariants.noExerciseAppearsTwiceInASession(programme);
        });
    }

    /** Guards the generators: a property over requests that never reach a kind of programme proves nothing about it. */
    @Test
    void theGeneratorsReachEveryKindOfProgrammeAndBothShapesOfWeek() {
        Map<Programme.Kind, AtomicInteger> kinds = new EnumMap<>(Programme.Kind.class);
        AtomicInteger compact = new AtomicInteger();
        AtomicInteger fromAssessments = new AtomicInteger();
        qt().forAll(generators.assessments()).asWithPrecursor(Rx.ENGINE::prescribe).checkAssert((request, programme) -> {
            fromAssessments.incrementAndGet();
            kinds.computeIfAbsent(programme.kind(), k -> new AtomicInteger()).incrementAndGet();
            compact.addAndGet(programme.sessions().stream()
                    .anyMatch(s -> s.estimatedMinutes() > request.minutesPerSession()) ? 1 : 0);
        });
        assertThat(fromAssessments.get()).isEqualTo(examples());
        for (Programme.Kind kind : Programme.Kind.values()) {
            assertThat(kinds.get(kind)).as("assessments giving a %s programme", kind).isNotNull();
            assertThat(kinds.get(kind).get()).as("assessments giving a %s programme", kind).isGreaterThan(examples() / 50);
        }
        assertThat(compact.get()).as("weeks over budget at minimum sets").isPositive().isLessThan(examples() / 2);
    }

    // --- set-up -------------------------------------------------------------------------------------------------

    /** Whole random assessments only, run through the real findings engine and safety screen. */
    private Subject2<PrescriptionRequest, Programme> assessmentProgrammes() {
        return qt().forAll(generators.assessments().describedAs(generators::describe))
                .asWithPrecursor(Rx.ENGINE::prescribe,
                        p -> p.kind() + " programme, " + p.sessions().size() + " sessions");
    }

    /** Every property runs over the same mix of requests; only the invariant differs. */
    private Subject2<PrescriptionRequest, Programme> programmes() {
        return qt().forAll(generators.requests().describedAs(generators::describe))
                .asWithPrecursor(Rx.ENGINE::prescribe,
                        p -> p.kind() + " programme, " + p.sessions().size() + " sessions");
    }

    private static QuickTheory qt() {
        return Theories.qt(DEFAULT_SEED, DEFAULT_EXAMPLES);
    }

    private static int examples() {
        return Integer.getInteger(Configuration.EXAMPLES, DEFAULT_EXAMPLES);
    }
}
