package com.kneeline.tracking.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import com.kneeline.assessment.engine.Side;
import com.kneeline.content.model.ContentCatalogue;
import com.kneeline.content.model.DoubleProgression;
import com.kneeline.content.model.Exercise;
import com.kneeline.content.model.FormGate;
import com.kneeline.content.model.Ladder;
import com.kneeline.content.model.NumberRange;
import com.kneeline.content.model.PainMonitoring;
import com.kneeline.content.model.ProgressionRules;

/**
 * Decides, after each session, what happens to every exercise: double progression from what was actually done at
 * the target effort (reps first, then load, then the ladder), held by pain, effort, knee tracking and the morning
 * check-in, regressed by too much pain, pain that has not settled or a knee that caved in (stepping down the
 * ladder when it caves session after session), paused while a referral flag is open, gated by the latest form check,
 * and lightened in deload weeks. Every number comes from the content pack's progression rules. Plain Java,
 * deterministic and thread-safe.
 */
public final class ProgressionEngine {

    /** The decisions for one session, in the order of the current prescriptions. */
    public record Result(List<Decision> decisions, boolean deloadWeek) {
        public Result {
            decisions = List.copyOf(decisions);
        }

        /** The decision for one exercise (and side). */
        public Optional<Decision> decision(String exerciseId, Side side) {
            return decisions.stream()
                    .filter(d -> d.exerciseId().equals(exerciseId) && d.before().side() == side).findFirst();
        }

        /** The prescriptions to keep from now on. */
        public List<ExercisePrescription> next() {
            return decisions.stream().map(Decision::next).toList();
        }
    }

    private final ContentCatalogue catalogue;
    private final ProgressionRules rules;
    private final PainMonitoring pain;
    private final DoubleProgression dp;
    private final DeloadWeek deload;
    private final Decisions decisions;

    public ProgressionEngine(ContentCatalogue catalogue) {
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
        this.rules = catalogue.progression();
        this.pain = rules.painMonitoring();
        this.dp = rules.doubleProgression();
        this.deload = new DeloadWeek(rules.deload(), rules.effort().targetRpe());
        this.decisions = new Decisions(catalogue);
    }

    public Result decide(ProgressionInput in) {
        Objects.requireNonNull(in, "in");
        boolean paused = in.exercisePaused() || !in.openFlags().isEmpty();
        boolean deloadWeek = !paused && isDeloadWeek(in.programmeStart(), in.today(), in.deloadEveryWeeks());
        Optional<MorningCheckIn> morning = nextMorning(in.session().date(), in.checkIns());
        List<Decision> out = new ArrayList<>();
        for (ExercisePrescription p : in.current()) {
            out.add(decideOne(p, in, morning, deloadWeek, paused));
        }
        return new Result(out, deloadWeek);
    }

    /**
     * Whether {@code day} falls in a deload week: every {@code everyWeeks}-th week of the programme (the content's
     * default when null), for the content's {@code length-days} from that week's first day.
     */
    public boolean isDeloadWeek(LocalDate programmeStart, LocalDate day, Integer everyWeeks) {
        return deload.includes(programmeStart, day, everyWeeks);
    }

    /** The first check-in dated after the session: the session's "next morning". */
    static Optional<MorningCheckIn> nextMorning(LocalDate sessionDate, List<MorningCheckIn> checkIns) {
        return checkIns.stream().filter(c -> c.date().isAfter(sessionDate))
                .min(Comparator.comparing(MorningCheckIn::date));
    }

    // --- one exercise ---------------------------------------------------------------------------------------------

    private Decision decideOne(ExercisePrescription p, ProgressionInput in, Optional<MorningCheckIn> morning,
            boolean deloadWeek, boolean paused) {
        Exercise ex = catalogue.exercise(p.exerciseId())
                .orElseThrow(() -> new IllegalArgumentException("unknown exercise '" + p.exerciseId() + "'"));
        Optional<ExerciseLog> log = in.session().exercise(p.exerciseId(), p.side());
        Decision base;
        if (log.isEmpty() || !log.get().wasDone()) {
            base = paused ? pause(p, p, ex, in) : decisions.hold(p, p, ex, "you did not do it in this session");
        } else {
            base = rules(p, ex, log.get(), morning, in, paused);
        }
        return deloadWeek ? deload.apply(base, p, Decisions.name(ex, p)) : base;
    }

    /**
     * The rules for one exercise that was done, in order: regressions (pain, pain not settled, the form gate, a
     * caving knee) always apply; while a flag is open nothing gets harder; then the holds; then double progression
     * from what was actually done at the target effort.
     */
    private Decision rules(ExercisePrescription p, Exercise ex, ExerciseLog log, Optional<MorningCheckIn> morning,
            ProgressionInput in, boolean paused) {
        int maxPain = log.maxPain();
        boolean caved = log.anyTracking(KneeTracking.CAVED);
        Boolean settled = morning.map(MorningCheckIn::painSettled).orElse(null);
        boolean gated = gateCloses(ex, p.side(), in.formCheckCaving());
        Double logged = loggedLoad(log);
        // Never more load than prescribed when something went wrong: a person who added weight and then hurt or
        // caved goes back from the lower of the two.
        ExercisePrescription capped = ex.loadable() ? p.withLoad(lower(p.loadKg(), logged), p.target()) : p;

        // 1. regressions: pain above the acceptable limit, pain not settled by morning, the form gate, caving
        if (maxPain > pain.acceptableDuringMax()) {
            return decisions.regress(p, capped, ex, "your pain reached " + maxPain + "/10, above the "
                    + pain.acceptableDuringMax() + "/10 limit");
        }
        if (pain.mustSettleByNextMorning() && Boolean.FALSE.equals(settled)) {
            return decisions.regress(p, capped, ex, "your pain had not settled by the next morning");
        }
        if (gated && !catalogue.allowedWhileCaving(ex)) {
            Ladder ladder = catalogue.ladder(ex.ladder()).orElseThrow();
            Exercise allowed = catalogue.ladderSteps(ex.ladder()).stream()
                    .filter(e -> e.level() <= ladder.maxLevelWhileCaving())
                    .max(Comparator.comparingInt(Exercise::level)).orElseThrow();
            return decisions.move(Decision.Kind.MOVE_DOWN_LADDER, p, ex, allowed,
                    "your last form check showed your knee caving in, and this step needs it to stay in line");
        }
        if (caved && capped.loaded()) {
            return decisions.regress(p, capped, ex, "your knee caved in at " + Text.number(capped.loadKg())
                    + " kg, and a movement is never loaded while it caves");
        }
        if (caved) {
            return caving(p, capped, ex, cavingInARow(p, in));
        }

        // 2. an open flag: nothing gets harder until it is dealt with (the regressions above still apply)
        if (paused) {
            return pause(p, capped, ex, in);
        }

        // 3. holds: unsure tracking, caution-zone pain, no check-in yet, effort not rated, sets short of the target
        // (these two keep what was done at the target effort, never less, and add nothing)
        if (log.anyTracking(KneeTracking.NOT_SURE)) {
            return decisions.hold(p, keptAsDone(p, capped, log), ex, "you were not sure how your knee tracked; film a set next"
                    + " time");
        }
        if (maxPain > pain.safeMax()) {
            return decisions.hold(p, keptAsDone(p, capped, log), ex, "your pain reached " + maxPain + "/10; more only once it"
                    + " stays at " + pain.safeMax() + "/10 or less");
        }
        if (pain.mustSettleByNextMorning() && settled == null) {
            return decisions.waiting(p, capped, ex);
        }
        List<SetLog> sets = log.sets();
        if (sets.stream().anyMatch(s -> s.rpe() == null)) {
            return decisions.hold(p, capped, ex, "the effort of every set was not rated");
        }
        // What was done: the best of the prescribed number of sets; extra sets never lower the figure.
        List<SetLog> counted = sets.stream().sorted(Comparator.comparingInt(SetLog::done).reversed())
                .limit(p.sets()).toList();
        ExercisePrescription did = ex.loadable() && !gated ? p.withLoad(logged, p.target()) : capped;
        int doneToTarget = (int) sets.stream().filter(s -> s.done() >= p.target()).count();
        if (counted.size() < p.sets() || doneToTarget < p.sets()) {
            return decisions.hold(p, did, ex, Math.min(doneToTarget, p.sets()) + " of " + p.sets() + " sets reached "
                    + p.target() + (p.timed() ? " s" : " reps"));
        }
        int achieved = counted.stream().mapToInt(SetLog::done).min().orElseThrow();
        double maxRpe = counted.stream().mapToDouble(SetLog::rpe).max().orElseThrow();
        NumberRange effort = rules.effort().targetRpe();
        String quote = "you did " + Text.done(counted, did) + " at RPE " + Text.number(maxRpe);

        // 4. above the target effort: keep what was done (never less), but nothing beyond it
        if (maxRpe > effort.max()) {
            int keep = Math.min(p.rangeMax(), achieved);
            String because = quote + ", above the target of RPE " + Text.range(effort);
            return keep > did.target()
                    ? decisions.change(Decision.Kind.PROGRESS_REPS, p, ex, did.withTarget(keep), because + "; keep "
                            + keep + (p.timed() ? " s" : " reps") + " until it feels like RPE " + Text.range(effort))
                    : decisions.hold(p, did, ex, because);
        }

        // 5. double progression at the target effort: reps (or seconds) from what was done, then load, then ladder
        String because = quote + " with good knee tracking";
        if (achieved < p.rangeMax()) {
            int step = p.timed() ? dp.holdStepSeconds() : dp.repStep();
            int next = Math.min(p.rangeMax(), Math.max(p.target(), achieved) + step);
            return decisions.change(Decision.Kind.PROGRESS_REPS, p, ex, did.withTarget(next), because);
        }
        if (ex.loadable() && did.loaded()) {
            if (gated) {
                return decisions.hold(p, did.withTarget(p.rangeMax()), ex, "your last form check showed your knee caving in,"
                        + " and load is added only while it stays in line");
            }
            return decisions.change(Decision.Kind.PROGRESS_LOAD, p, ex,
                    did.withLoad(Loads.up(did.loadKg(), dp), did.rangeMin()), because);
        }
        Optional<Exercise> harder = catalogue.harder(ex.id());
        if (harder.isEmpty()) {
            return decisions.hold(p, did.withTarget(p.rangeMax()), ex, "you are at the top of its range and of its ladder"
                    + (ex.loadable() && !gated ? "; add a light weight next time and enter it in the load field" : ""));
        }
        if (gated && !catalogue.allowedWhileCaving(harder.get())) {
            return decisions.hold(p, did.withTarget(p.rangeMax()), ex, "your last form check showed your knee caving in;"
                    + " the next step waits until it stays in line");
        }
        return decisions.move(Decision.Kind.MOVE_UP_LADDER, p, ex, harder.get(), because);
    }

    /**
     * The knee caved on an unloaded movement: below the content's hold count it only holds; from it, it holds with
     * the exercise's cue; from the step-down count (sessions in a row), it steps down the ladder, or at the easiest
     * step stays with the content's supported variant.
     */
    private Decision caving(ExercisePrescription p, ExercisePrescription capped, Exercise ex, int inARow) {
        FormGate gate = rules.formGate();
        String times = inARow == 1 ? "once" : inARow + " sessions in a row";
        if (inARow >= gate.cavingSessionsToStepDown()) {
            Optional<Exercise> easier = catalogue.easier(ex.id());
            String because = "your knee caved in " + times;
            if (easier.isPresent()) {
                return decisions.move(Decision.Kind.MOVE_DOWN_LADDER, p, ex, easier.get(), because
                        + "; an easier step lets you keep it over your foot");
            }
            return decisions.supported(p, capped, ex, gate.supportedVariant(), because);
        }
        String because = "your knee caved in " + times;
        if (inARow < gate.cavingSessionsToHold() || ex.cues().isEmpty()) {
            return decisions.hold(p, capped, ex, because);
        }
        return decisions.cue(p, capped, ex, because);
    }

    /**
     * A hold that does not undo what was done: the reps (or seconds) achieved in the best prescribed sets at the
     * target effort, when that is more than the target, capped at the range top; otherwise the target.
     */
    private ExercisePrescription keptAsDone(ExercisePrescription p, ExercisePrescription next, ExerciseLog log) {
        List<SetLog> counted = log.sets().stream().sorted(Comparator.comparingInt(SetLog::done).reversed())
                .limit(p.sets()).toList();
        boolean atTargetEffort = counted.size() == p.sets()
                && counted.stream().allMatch(s -> s.rpe() != null && s.rpe() <= rules.effort().targetRpe().max());
        if (!atTargetEffort) {
            return next;
        }
        int achieved = counted.stream().mapToInt(SetLog::done).min().orElse(p.target());
        return next.withTarget(Math.max(next.target(), Math.min(p.rangeMax(), achieved)));
    }

    /** Sessions in a row, ending with this one, in which this exercise (and side) was done with the knee caving. */
    private static int cavingInARow(ExercisePrescription p, ProgressionInput in) {
        int count = 1;
        List<SessionLog> earlier = in.history().stream().filter(s -> s.date().isBefore(in.session().date()))
                .sorted(Comparator.comparing(SessionLog::date).reversed()).toList();
        for (SessionLog s : earlier) {
            Optional<ExerciseLog> log = s.exercise(p.exerciseId(), p.side()).filter(ExerciseLog::wasDone);
            if (log.isEmpty()) {
                continue;
            }
            if (!log.get().anyTracking(KneeTracking.CAVED)) {
                break;
            }
            count++;
        }
        return count;
    }

    /** The lowest load of the sets done, or null when any set was done without one. */
    private static Double loggedLoad(ExerciseLog log) {
        double min = Double.MAX_VALUE;
        for (SetLog s : log.sets()) {
            if (s.loadKg() == null || s.loadKg() <= 0) {
                return null;
            }
            min = Math.min(min, s.loadKg());
        }
        return min == Double.MAX_VALUE ? null : min;
    }

    private static Double lower(Double a, Double b) {
        if (a == null || b == null) {
            return null;
        }
        return Math.min(a, b);
    }

    /**
     * What lifts a pause, in words: a professional's clearance after a red flag that stops exercise, the person's
     * confirmation after a reported change, otherwise reading and acknowledging the flag.
     */
    public static String pausedUntil(boolean stopsExercise, Set<Flag.Kind> open) {
        if (stopsExercise) {
            return "a professional has cleared you to exercise";
        }
        return open.size() == 1 && open.contains(Flag.Kind.CHANGE_REPORTED) ? "you confirm your knee feels as before"
                : "you have read the notice at the top and marked it read";
    }

    /** A deload week's sets for a session of {@code sets}. */
    public int deloadSets(int sets) {
        return deload.sets(sets);
    }

    /** The top of a deload week's target effort. */
    public double deloadRpe() {
        return deload.rpe();
    }

    private boolean gateCloses(Exercise ex, Side side, Set<Side> formCheckCaving) {
        boolean caving = side == null ? !formCheckCaving.isEmpty() : formCheckCaving.contains(side);
        return caving && catalogue.ladder(ex.ladder()).map(Ladder::formGated).orElse(false);
    }

    private Decision pause(ExercisePrescription p, ExercisePrescription next, Exercise ex, ProgressionInput in) {
        return decisions.pause(p, next, ex, pausedUntil(in.exercisePaused(), in.openFlags()));
    }
}
