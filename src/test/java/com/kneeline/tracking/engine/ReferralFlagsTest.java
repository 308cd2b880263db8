package com.kneeline.tracking.engine;

import static com.kneeline.tracking.engine.KneeTracking.GOOD;
import static com.kneeline.tracking.engine.Tk.CATALOGUE;
import static com.kneeline.tracking.engine.Tk.START;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.kneeline.assessment.engine.Answers;
import com.kneeline.assessment.engine.Side;
import com.kneeline.assessment.engine.AnswerKey;
import com.kneeline.content.model.FlagLevel;
import com.kneeline.content.model.ReferralRules;

/** Each referral rule at its boundary: N-1 vs N, day D vs D+1, adherence at its minimum. */
class ReferralFlagsTest {

    static final ReferralFlags FLAGS = new ReferralFlags(CATALOGUE);
    static final ReferralRules R = CATALOGUE.referral();

    static SessionLog session(LocalDate day, int pain) {
        return new SessionLog(day, List.of(ExerciseLog.done("glute-bridge", null, Tk.sets(3, 10, null, 7, pain, GOOD))));
    }

    static ReferralFlags.Result eval(LocalDate today, List<SessionLog> sessions, List<MorningCheckIn> checkIns) {
        return FLAGS.evaluate(new ReferralInput(today, START, sessions, checkIns, List.of(), List.of(), List.of()));
    }

    @Test
    void painAboveTheLimitInNSessionsWithinDDaysFlagsButNMinusOneDoesNot() {
        int n = R.persistentPain().sessions();
        int above = R.persistentPain().painAbove() + 1;
        LocalDate today = START.plusDays(30);
        List<SessionLog> s = new ArrayList<>();
        for (int i = 0; i < n - 1; i++) {
            s.add(session(today.minusDays(i), above));
        }
        assertThat(eval(today, s, List.of()).has(Flag.Kind.PERSISTENT_PAIN)).isFalse();
        // the N-th, on the last day of the window, counts; a day earlier does not
        int d = R.persistentPain().withinDays();
        List<SessionLog> inside = new ArrayList<>(s);
        inside.add(session(today.minusDays(d - 1), above));
        assertThat(eval(today, inside, List.of()).has(Flag.Kind.PERSISTENT_PAIN)).isTrue();
        List<SessionLog> outside = new ArrayList<>(s);
        outside.add(session(today.minusDays(d), above));
        assertThat(eval(today, outside, List.of()).has(Flag.Kind.PERSISTENT_PAIN)).isFalse();
        // pain exactly at the limit is not above it
        List<SessionLog> atLimit = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            atLimit.add(session(today.minusDays(i), above - 1));
        }
        assertThat(eval(today, atLimit, List.of()).has(Flag.Kind.PERSISTENT_PAIN)).isFalse();
    }

    @Test
    void painRisingOverNSessionsFlagsOnceItLeavesTheSafeZone() {
        int n = R.persistentPain().risingSessions();
        int safe = CATALOGUE.progression().painMonitoring().safeMax();
        LocalDate today = START.plusDays(30);
        List<SessionLog> rising = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            rising.add(session(today.minusDays(2L * (n - i)), safe + 1 - (n - 1) + i));
        }
        var r = eval(today, rising, List.of());
        assertThat(r.has(Flag.Kind.PERSISTENT_PAIN)).isTrue();
        assertThat(r.flags().get(0).seen()).contains("rose in each of your last " + n);
        // one flat step breaks the trend
        List<SessionLog> flat = new ArrayList<>(rising);
        flat.set(n - 1, session(today.minusDays(2), safe + 1 - 1));
        assertThat(eval(today, flat, List.of()).has(Flag.Kind.PERSISTENT_PAIN)).isFalse();
        // rising within the safe zone is not a concern
        List<SessionLog> low = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            low.add(session(today.minusDays(2L * (n - i)), safe - (n - 1) + i));
        }
        assertThat(eval(today, low, List.of()).has(Flag.Kind.PERSISTENT_PAIN)).isFalse();
    }

    @Test
    void painNotSettlingNTimesWithinDDaysFlags() {
        int n = R.painNotSettling().times();
        int d = R.painNotSettling().withinDays();
        LocalDate today = START.plusDays(40);
        List<MorningCheckIn> c = new ArrayList<>();
        for (int i = 0; i < n - 1; i++) {
            c.add(MorningCheckIn.notSettled(today.minusDays(i)));
        }
        assertThat(eval(today, List.of(), c).has(Flag.Kind.PAIN_NOT_SETTLING)).isFalse();
        List<MorningCheckIn> late = new ArrayList<>(c);
        late.add(MorningCheckIn.notSettled(today.minusDays(d)));
        assertThat(eval(today, List.of(), late).has(Flag.Kind.PAIN_NOT_SETTLING)).isFalse();
        c.add(MorningCheckIn.notSettled(today.minusDays(d - 1)));
        var r = eval(today, List.of(), c);
        assertThat(r.has(Flag.Kind.PAIN_NOT_SETTLING)).isTrue();
        assertThat(r.flags().get(0).professional()).isEqualTo(R.painNotSettling().professional());
        assertThat(r.flags().get(0).whyItMatters()).isEqualTo(R.painNotSettling().advice());
    }

    @Test
    void aFunctionalLimitationAtTheLatestCheckInFlags() {
        LocalDate today = START.plusDays(10);
        var yes = new MorningCheckIn(today.minusDays(1), true, true);
        var no = new MorningCheckIn(today, true, false);
        assertThat(eval(today, List.of(), List.of(yes)).has(Flag.Kind.FUNCTIONAL_LIMITATION)).isTrue();
        assertThat(eval(today, List.of(), List.of(yes, no)).has(Flag.Kind.FUNCTIONAL_LIMITATION)).isFalse();
        assertThat(eval(today, List.of(), List.of(yes, MorningCheckIn.settled(today)))
                .has(Flag.Kind.FUNCTIONAL_LIMITATION)).isTrue();
    }

    @Test
    void aRedFlagAtAStoppingLevelPausesExerciseAndOneBelowDoesNot() {
        LocalDate today = START.plusDays(10);
        var stopping = CATALOGUE.safetyFlags().stream()
                .filter(f -> R.redFlags().stopExerciseAt().contains(f.level())).findFirst().orElseThrow();
        var r = FLAGS.evaluate(new ReferralInput(today, START, List.of(), List.of(), List.of(stopping.id()),
                List.of(), List.of()));
        assertThat(r.exercisePaused()).isTrue();
        assertThat(r.flags()).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(Flag.Kind.RED_FLAG);
            assertThat(f.seen()).contains(stopping.question());
            assertThat(f.professional()).startsWith(stopping.professional());
        });
        CATALOGUE.safetyFlags().stream().filter(f -> f.level() == FlagLevel.PROMPT).findFirst().ifPresent(prompt ->
                assertThat(FLAGS.evaluate(new ReferralInput(today, START, List.of(), List.of(),
                        List.of(prompt.id()), List.of(), List.of())).exercisePaused()).isFalse());
    }

    @Test
    void theMainOutcomesNoProgressVerdictBecomesAFlagWithTheContentsAdviceAndAdherenceNeverSuppressesIt() {
        var np = R.noProgress();
        LocalDate today = START.plusWeeks(np.weeks());
        List<LocalDate> planned = Adherence.plannedDates(Set.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY), START, today);
        Answers same = ComparisonTest.numeric(ComparisonTest.KTW, 8, 8);
        var stalled = new StalledOutcomes(np.weeks(), 1, List.of("Anterior Knee Pain Scale", "Single-leg squat (left)"));
        // no sessions done at all: 0 % adherence, still flagged
        var input = new ReferralInput(today, START, List.of(), List.of(), List.of(), planned, List.of(same, same),
                stalled);

        assertThat(FLAGS.evaluate(input).flags()).filteredOn(f -> f.kind() == Flag.Kind.NO_PROGRESS).singleElement()
                .satisfies(f -> {
                    assertThat(f.seen()).contains(np.weeks() + " weeks and 1 reassessment", "0 % of sessions done",
                            "Anterior Knee Pain Scale, Single-leg squat (left)");
                    assertThat(f.whyItMatters()).isEqualTo(np.advice());
                    assertThat(f.professional()).isEqualTo(np.professional());
                    assertThat(f.stopsExercise()).isFalse();
                });
    }

    @Test
    void withoutAVerdictFromTheMainOutcomesUnchangedMeasuresRaiseNoNoProgressFlag() {
        LocalDate today = START.plusWeeks(R.noProgress().weeks() + 4);
        Answers same = ComparisonTest.numeric(ComparisonTest.KTW, 8, 8);

        var input = new ReferralInput(today, START, List.of(), List.of(), List.of(), List.of(), List.of(same, same));

        assertThat(FLAGS.evaluate(input).has(Flag.Kind.NO_PROGRESS)).isFalse();
    }

    @Test
    void measuresWorseByTheirRealChangeDespiteAdherenceFlag() {
        LocalDate today = START.plusWeeks(4);
        List<LocalDate> planned = Adherence.plannedDates(Set.of(DayOfWeek.MONDAY), START, today);
        List<SessionLog> done = planned.stream().filter(d -> d.isBefore(today)).map(d -> session(d, 1)).toList();
        var ktw = ComparisonTest.KTW;
        var worse = List.of(ComparisonTest.numeric(ktw, 8, 8), ComparisonTest.numeric(ktw, 8 - ktw.realChange(), 8));
        var r = FLAGS.evaluate(new ReferralInput(today, START, done, List.of(), List.of(), planned, worse));
        assertThat(r.has(Flag.Kind.WORSENING)).isTrue();
        assertThat(r.flags()).filteredOn(f -> f.kind() == Flag.Kind.WORSENING).singleElement()
                .satisfies(f -> assertThat(f.seen()).contains(ktw.name() + " (left)"));
        var slightly = List.of(ComparisonTest.numeric(ktw, 8, 8),
                ComparisonTest.numeric(ktw, 8 - ktw.realChange() + 0.1, 8));
        assertThat(FLAGS.evaluate(new ReferralInput(today, START, done, List.of(), List.of(), planned, slightly))
                .has(Flag.Kind.WORSENING)).isFalse();
    }

    @Test
    void reportingAChangeWithAnAcuteSafetyAnswerRaisesADatedRedFlagThatStopsExercise() {
        String acute = CATALOGUE.safetyFlags().stream().filter(f -> f.level() == FlagLevel.ACUTE).findFirst()
                .orElseThrow().id();
        List<Flag> flags = FLAGS.reported(START.plusDays(20), List.of(acute), "twisted it at football");

        assertThat(flags).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(Flag.Kind.RED_FLAG);
            assertThat(f.seen()).startsWith("On " + START.plusDays(20) + " you answered yes to: ");
            assertThat(f.stopsExercise()).isTrue();
        });
    }

    @Test
    void reportingAChangeWithNoSafetyAnswerStillPausesTheProgrammeAndQuotesThePerson() {
        List<Flag> flags = FLAGS.reported(START.plusDays(20), List.of(), "  sore after a long walk ");

        assertThat(flags).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(Flag.Kind.CHANGE_REPORTED);
            assertThat(f.seen()).contains("\u201csore after a long walk\u201d").contains("no to every safety question");
            assertThat(f.whyItMatters()).isEqualTo(R.changeReported().advice());
            assertThat(f.stopsExercise()).isTrue();
        });
    }

    @Test
    void everySafetyQuestionReportedMidProgrammeStopsExercise() {
        for (var flag : CATALOGUE.safetyQuestions()) {
            assertThat(FLAGS.reported(START, List.of(flag.id()), null)).as(flag.id()).singleElement()
                    .satisfies(f -> assertThat(f.stopsExercise()).isTrue());
        }
    }
}
