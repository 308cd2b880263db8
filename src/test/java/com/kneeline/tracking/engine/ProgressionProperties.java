package com.kneeline.tracking.engine;

import static com.kneeline.tracking.engine.Tk.CATALOGUE;
import static com.kneeline.tracking.engine.Tk.START;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;

import com.kneeline.Theories;
import com.kneeline.assessment.engine.Side;
import com.kneeline.content.model.Exercise;
import com.kneeline.content.model.NumberRange;
import com.kneeline.tracking.engine.Decision.Kind;

/**
 * Properties over random 12-week logs (QuickTheories): a person trains three times a week and logs whatever they
 * happen to do (more or fewer reps, added weight, higher or lower effort, pain, a knee that caves or not), answers
 * the morning check-in, and now and then has a referral flag open. After every session the engine's decisions
 * must keep three promises, whatever the log:
 * <ul>
 *   <li>the next target is never below the reps achieved at the target effort, unless a rule that makes it easier
 *       fired (or the exercise moved up its ladder, or load went up);</li>
 *   <li>nothing gets harder while a flag is open;</li>
 *   <li>no load is added while the knee caves.</li>
 * </ul>
 * The seed is fixed so CI is repeatable; search further with {@code -DQT_SEED=$RANDOM -DQT_EXAMPLES=2000}.
 */
class ProgressionProperties {

    static final Set<DayOfWeek> DAYS = EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY);
    static final NumberRange RPE = CATALOGUE.progression().effort().targetRpe();
    static final int SAFE_PAIN = CATALOGUE.progression().painMonitoring().safeMax();
    static final Set<Kind> EASIER = EnumSet.of(Kind.REGRESS_LOAD, Kind.REGRESS_REPS, Kind.MOVE_DOWN_LADDER, Kind.DELOAD);

    static List<ExercisePrescription> programme() {
        return List.of(Tk.rx("goblet-squat", null, 3, 8, 6.0), Tk.rx("heel-elevated-squat", null, 3, 8, null),
                Tk.rx("clamshell", Side.LEFT, 3, 12, null), Tk.rx("glute-bridge", null, 2, 10, null),
                Tk.rx("single-leg-balance", Side.RIGHT, 3, 30, null), Tk.rx("step-up", Side.LEFT, 3, 10, null));
    }

    /** One session's decisions with everything the properties need to judge them. */
    record Step(ProgressionInput input, ProgressionEngine.Result result) {
    }

    /** 12 weeks of one random person, from a seed. */
    static List<Step> twelveWeeks(long seed) {
        Random random = new Random(seed);
        List<ExercisePrescription> current = programme();
        List<SessionLog> history = new ArrayList<>();
        List<MorningCheckIn> checkIns = new ArrayList<>();
        List<Step> steps = new ArrayList<>();
        for (LocalDate day = START; day.isBefore(START.plusWeeks(12)); day = day.plusDays(1)) {
            if (!DAYS.contains(day.getDayOfWeek())) {
                continue;
            }
            List<ExerciseLog> logs = new ArrayList<>();
            for (ExercisePrescription p : current) {
                logs.add(random.nextInt(12) == 0 ? ExerciseLog.skipped(p.exerciseId(), p.side(), null)
                        : ExerciseLog.done(p.exerciseId(), p.side(), sets(random, p)));
            }
            SessionLog session = new SessionLog(day, logs);
            boolean answered = random.nextInt(10) > 0;
            if (answered) {
                checkIns.add(new MorningCheckIn(day.plusDays(1), random.nextInt(8) > 0, null));
            }
            Set<Flag.Kind> open = random.nextInt(5) == 0 ? Set.of(Flag.Kind.values()[random.nextInt(
                    Flag.Kind.values().length)]) : Set.of();
            boolean stop = open.contains(Flag.Kind.RED_FLAG) && random.nextBoolean();
            Set<Side> formCaving = random.nextInt(4) == 0 ? Set.of(Side.values()[random.nextInt(2)]) : Set.of();
            ProgressionInput in = new ProgressionInput(day.plusDays(1), START, null, current, session, checkIns,
                    formCaving, stop, open, history);
            ProgressionEngine.Result result = Tk.ENGINE.decide(in);
            steps.add(new Step(in, result));
            current = result.next();
            history.add(session);
        }
        return steps;
    }

    /** Random sets around the prescription: the same for every set mostly, sometimes each its own. */
    static List<SetLog> sets(Random random, ExercisePrescription p) {
        int n = Math.max(1, p.sets() + random.nextInt(3) - 1);
        int step = p.timed() ? 5 : 1;
        int reps = Math.max(0, p.target() + step * (random.nextInt(10) - 3));
        Double kg = p.loadKg();
        Exercise ex = CATALOGUE.exercise(p.exerciseId()).orElseThrow();
        if (ex.loadable() && random.nextInt(4) == 0) {
            kg = random.nextBoolean() ? null : 2.0 + random.nextInt(20) * 0.5;
        }
        double rpe = 5 + random.nextInt(11) * 0.5;
        int pain = random.nextInt(10) < 7 ? random.nextInt(SAFE_PAIN + 1) : random.nextInt(9);
        KneeTracking tracking = random.nextInt(10) < 7 ? KneeTracking.GOOD
                : random.nextBoolean() ? KneeTracking.CAVED : KneeTracking.NOT_SURE;
        boolean uniform = random.nextInt(3) > 0;
        List<SetLog> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int done = uniform ? reps : Math.max(0, reps + step * (random.nextInt(5) - 2));
            out.add(new SetLog(done, kg, random.nextInt(8) == 0 ? null : rpe, pain, tracking));
        }
        return out;
    }

    private static QuickTheory qt() {
        return Theories.qt(20_261_129L, 150);
    }

    static int level(ExercisePrescription p) {
        return CATALOGUE.exercise(p.exerciseId()).orElseThrow().level();
    }

    static double kg(ExercisePrescription p) {
        return p.loadKg() == null ? 0 : p.loadKg();
    }

    /** Harder than before: a higher ladder step, more load, or more reps (seconds) at the same load and step. */
    static boolean harder(ExercisePrescription before, ExercisePrescription next) {
        if (!next.exerciseId().equals(before.exerciseId())) {
            return level(next) > level(before);
        }
        return kg(next) > kg(before) + 1e-9 || kg(next) == kg(before) && next.target() > before.target();
    }

    @Test
    void theNextTargetIsNeverBelowTheRepsAchievedAtTheTargetEffortUnlessARuleMadeItEasier() {
        AtomicInteger judged = new AtomicInteger();
        AtomicInteger above = new AtomicInteger();
        AtomicInteger clean = new AtomicInteger();
        qt().forAll(longs().all()).checkAssert(seed -> {
            for (Step step : twelveWeeks(seed)) {
                for (Decision d : step.result().decisions()) {
                    ExercisePrescription p = d.before();
                    ExerciseLog log = step.input().session().exercise(p.exerciseId(), p.side()).orElseThrow();
                    if (EASIER.contains(d.kind()) || !log.wasDone() || log.sets().size() < p.sets()
                            || log.sets().stream().anyMatch(s -> s.rpe() == null || s.rpe() > RPE.max())) {
                        continue;
                    }
                    int achieved = log.sets().stream().map(SetLog::done).sorted((a, b) -> b - a).limit(p.sets())
                            .min(Integer::compare).orElseThrow();
                    judged.incrementAndGet();
                    if (achieved > p.target()) {
                        above.incrementAndGet();
                    }
                    // more load than the person lifted is harder, whatever the reps
                    double lifted = log.sets().stream().mapToDouble(s -> s.loadKg() == null ? 0 : s.loadKg()).min()
                            .orElse(0);
                    boolean wentHarder = !d.next().exerciseId().equals(p.exerciseId()) && level(d.next()) > level(p)
                            || d.next().exerciseId().equals(p.exerciseId()) && kg(d.next()) > lifted + 1e-9;
                    // never below the prescription, unless a rule made it easier
                    assertThat(wentHarder || d.next().target() >= Math.min(p.target(), achieved))
                            .as("seed %s, %s: %s", seed, d.kind(), d.sentence()).isTrue();
                    // Whatever held it, a decision that is final and not about a caving knee or an open flag never
                    // answers more reps with a lower target.
                    if (!step.result().deloadWeek() && step.input().openFlags().isEmpty()
                            && !step.input().exercisePaused() && !log.anyTracking(KneeTracking.CAVED)
                            && !regressionRuleFired(step, log) && d.kind() != Kind.WAITING) {
                        assertThat(wentHarder || d.next().target() >= Math.min(achieved, p.rangeMax()))
                                .as("seed %s, %s: %s", seed, d.kind(), d.sentence()).isTrue();
                    }
                    // a clean session (pain in the safe zone and settled by morning, knee in line, no flag, no
                    // deload) decides on what was done: never below the reps achieved
                    if (clean(step, log)) {
                        clean.incrementAndGet();
                        assertThat(wentHarder || d.next().target() >= Math.min(achieved, p.rangeMax()))
                                .as("seed %s, %s: %s", seed, d.kind(), d.sentence()).isTrue();
                    }
                }
            }
        });
        assertThat(above.get()).as("logs with more reps than the target at the target effort")
                .isGreaterThan(judged.get() / 20);
        assertThat(clean.get()).as("clean sessions judged").isGreaterThan(judged.get() / 10);
    }

    /** Pain above the acceptable limit, or not settled by the next morning: the rules that make it easier. */
    static boolean regressionRuleFired(Step step, ExerciseLog log) {
        ProgressionInput in = step.input();
        boolean notSettled = ProgressionEngine.nextMorning(in.session().date(), in.checkIns())
                .map(m -> !m.painSettled()).orElse(false);
        return notSettled || log.maxPain() > CATALOGUE.progression().painMonitoring().acceptableDuringMax();
    }

    /** Nothing in the session or around it that holds or eases the dose. */
    static boolean clean(Step step, ExerciseLog log) {
        ProgressionInput in = step.input();
        boolean settled = ProgressionEngine.nextMorning(in.session().date(), in.checkIns())
                .map(MorningCheckIn::painSettled).orElse(false);
        return settled && in.openFlags().isEmpty() && !in.exercisePaused() && in.formCheckCaving().isEmpty()
                && !step.result().deloadWeek() && log.maxPain() <= SAFE_PAIN
                && log.sets().stream().allMatch(s -> s.tracking() == KneeTracking.GOOD);
    }

    @Test
    void nothingGetsHarderWhileAFlagIsOpen() {
        AtomicInteger paused = new AtomicInteger();
        qt().forAll(longs().all()).checkAssert(seed -> {
            for (Step step : twelveWeeks(seed)) {
                if (step.input().openFlags().isEmpty() && !step.input().exercisePaused()) {
                    continue;
                }
                for (Decision d : step.result().decisions()) {
                    paused.incrementAndGet();
                    assertThat(harder(d.before(), d.next())).as("seed %s, open %s: %s", seed,
                            step.input().openFlags(), d.sentence()).isFalse();
                    assertThat(d.kind()).isNotIn(Kind.PROGRESS_REPS, Kind.PROGRESS_LOAD, Kind.MOVE_UP_LADDER);
                }
            }
        });
        assertThat(paused.get()).as("decisions made while a flag was open").isPositive();
    }

    @Test
    void noLoadIsAddedWhileTheKneeCaves() {
        AtomicInteger caved = new AtomicInteger();
        qt().forAll(longs().all()).checkAssert(seed -> {
            for (Step step : twelveWeeks(seed)) {
                for (Decision d : step.result().decisions()) {
                    ExercisePrescription p = d.before();
                    boolean caving = step.input().session().exercise(p.exerciseId(), p.side())
                            .map(l -> l.anyTracking(KneeTracking.CAVED)).orElse(false);
                    if (!caving) {
                        continue;
                    }
                    caved.incrementAndGet();
                    assertThat(kg(d.next())).as("seed %s: %s", seed, d.sentence()).isLessThanOrEqualTo(kg(p));
                    assertThat(d.kind()).isNotIn(Kind.PROGRESS_LOAD, Kind.PROGRESS_REPS, Kind.MOVE_UP_LADDER);
                    if (p.loaded()) {
                        assertThat(kg(d.next())).as("a loaded lift that caved: %s", d.sentence()).isLessThan(kg(p));
                    }
                }
            }
        });
        assertThat(caved.get()).as("decisions after a caving knee").isPositive();
    }
}
