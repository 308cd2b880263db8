package com.kneeline.tracking.engine;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import com.kneeline.assessment.engine.Side;
import com.kneeline.content.model.ContentCatalogue;
import com.kneeline.content.model.Deload;
import com.kneeline.content.model.DoubleProgression;
import com.kneeline.content.model.Exercise;
import com.kneeline.content.model.Ladder;
import com.kneeline.content.model.NumberRange;
import com.kneeline.content.model.PainMonitoring;
import com.kneeline.content.model.ProgressionRules;

/**
 * Decides, after each session, what happens to every exercise: double progression (reps first, then load, then
 * the ladder), held by pain, effort, knee tracking and the morning check-in, regressed by too much pain, pain that
 * has not settled or a knee that caved in, gated by the latest form check, and lightened in deload weeks. Every
 * number comes from the content pack's progression rules. Plain Java, deterministic and thread-safe.
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
    private final Deload deload;

    public ProgressionEngine(ContentCatalogue catalogue) {
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
        this.rules = catalogue.progression();
        this.pain = rules.painMonitoring();
        this.dp = rules.doubleProgression();
        this.deload = rules.deload();
    }

    public Result decide(ProgressionInput in) {
        Objects.requireNonNull(in, "in");
        boolean deloadWeek = isDeloadWeek(in.programmeStart(), in.today(), in.deloadEveryWeeks());
        Optional<MorningCheckIn> morning = nextMorning(in.session().date(), in.checkIns());
        List<Decision> out = new ArrayList<>();
        for (ExercisePrescription p : in.current()) {
            out.add(decideOne(p, in, morning, deloadWeek && !in.exercisePaused()));
        }
        return new Result(out, deloadWeek && !in.exercisePaused());
    }

    /**
     * Whether {@code day} falls in a deload week: every {@code everyWeeks}-th week of the programme (the content's
     * default when null), for the content's {@code length-days} from that week's first day.
     */
    public boolean isDeloadWeek(LocalDate programmeStart, LocalDate day, Integer everyWeeks) {
        int every = everyWeeks == null ? deload.defaultEveryWeeks() : everyWeeks;
        if (every < deload.everyWeeks().min() || every > deload.everyWeeks().max()) {
            throw new IllegalArgumentException("deload every " + every + " weeks is outside the content's "
                    + deload.everyWeeks().min() + "-" + deload.everyWeeks().max());
        }
        long days = ChronoUnit.DAYS.between(programmeStart, day);
        if (days < 0) {
            return false;
        }
        return (days / 7 + 1) % every == 0 && days % 7 < deload.lengthDays();
    }

    /** The first check-in dated after the session: the session's "next morning". */
    static Optional<MorningCheckIn> nextMorning(LocalDate sessionDate, List<MorningCheckIn> checkIns) {
        return checkIns.stream().filter(c -> c.date().isAfter(sessionDate))
                .min(Comparator.comparing(MorningCheckIn::date));
    }

    // --- one exercise ---------------------------------------------------------------------------------------------

    private Decision decideOne(ExercisePrescription p, ProgressionInput in, Optional<MorningCheckIn> morning,
            boolean deloadWeek) {
        Exercise ex = catalogue.exercise(p.exerciseId())
                .orElseThrow(() -> new IllegalArgumentException("unknown exercise '" + p.exerciseId() + "'"));
        NumberRange target = rules.effort().targetRpe();
        if (in.exercisePaused()) {
            return new Decision(Decision.Kind.PAUSE, p, p, p, target, name(ex, p)
                    + ": stays as it is while your programme is paused (see the notice at the top).");
        }
        Optional<ExerciseLog> log = in.session().exercise(p.exerciseId(), p.side());
        Decision base = log.isPresent() && log.get().wasDone()
                ? rules(p, ex, log.get(), morning, in.formCheckCaving())
                : hold(p, ex, "you did not do it in this session");
        if (!deloadWeek) {
            return base;
        }
        NumberRange deloadRpe = new NumberRange(Math.max(1, target.min() - deload.rpeCut()),
                Math.max(1, target.max() - deload.rpeCut()));
        String deloadText = "this is a deload week: " + deload.volumeCutPercent() + " % fewer sets and effort around RPE "
                + Text.range(deloadRpe);
        return switch (base.kind()) {
            case REGRESS_LOAD, REGRESS_REPS, MOVE_DOWN_LADDER -> new Decision(base.kind(), p, base.next(),
                    cut(base.next()), deloadRpe, base.sentence() + " And " + deloadText + ".");
            default -> new Decision(Decision.Kind.DELOAD, p, p, cut(p), deloadRpe, name(ex, p) + ": " + Text.dose(p)
                    + " → " + Text.dose(cut(p)) + " for this week, because " + deloadText + ".");
        };
    }

    private Decision rules(ExercisePrescription p, Exercise ex, ExerciseLog log, Optional<MorningCheckIn> morning,
            Set<Side> formCheckCaving) {
        int maxPain = log.maxPain();
        boolean caved = log.anyTracking(KneeTracking.CAVED);
        Boolean settled = morning.map(MorningCheckIn::painSettled).orElse(null);

        // 1. regress: pain above the acceptable limit, pain not settled by morning
        if (maxPain > pain.acceptableDuringMax()) {
            return regress(p, ex, "your pain reached " + maxPain + "/10, above the " + pain.acceptableDuringMax()
                    + "/10 limit");
        }
        if (pain.mustSettleByNextMorning() && Boolean.FALSE.equals(settled)) {
            return regress(p, ex, "your pain had not settled by the next morning");
        }

        // 2. form gate: a form-gated ladder stays at or below its max level while the form check shows caving
        boolean gated = gateCloses(ex, p.side(), formCheckCaving);
        if (gated && !catalogue.allowedWhileCaving(ex)) {
            Ladder ladder = catalogue.ladder(ex.ladder()).orElseThrow();
            Exercise allowed = catalogue.ladderSteps(ex.ladder()).stream()
                    .filter(e -> e.level() <= ladder.maxLevelWhileCaving())
                    .max(Comparator.comparingInt(Exercise::level)).orElseThrow();
            return move(Decision.Kind.MOVE_DOWN_LADDER, p, ex, allowed,
                    "your last form check showed your knee caving in, and this step needs it to stay in line");
        }

        // 3. regress: valgus on a loadable or loaded movement
        if (caved && (ex.loadable() || p.loaded())) {
            return regress(p, ex, "your knee caved in, and a movement is never loaded while it caves");
        }

        // 4. hold: unsure tracking, caving on unloaded work, caution-zone pain, no check-in yet, effort, reps
        if (log.anyTracking(KneeTracking.NOT_SURE)) {
            return hold(p, ex, "you were not sure how your knee tracked; film a set next time");
        }
        if (caved) {
            return hold(p, ex, "your knee caved in; keep it over your foot before doing more");
        }
        if (maxPain > pain.safeMax()) {
            return hold(p, ex, "your pain reached " + maxPain + "/10; more only once it stays at "
                    + pain.safeMax() + "/10 or less");
        }
        if (pain.mustSettleByNextMorning() && settled == null) {
            return hold(p, ex, "we do not know yet whether your pain settled by the next morning");
        }
        List<SetLog> sets = log.sets();
        if (sets.stream().anyMatch(s -> s.rpe() == null)) {
            return hold(p, ex, "the effort of every set was not rated");
        }
        double maxRpe = sets.stream().mapToDouble(SetLog::rpe).max().orElseThrow();
        NumberRange effort = rules.effort().targetRpe();
        if (maxRpe > effort.max()) {
            return hold(p, ex, "your effort reached RPE " + Text.number(maxRpe) + ", above the target of RPE "
                    + Text.range(effort));
        }
        int doneToTarget = (int) sets.stream().filter(s -> s.done() >= p.target()).count();
        if (doneToTarget < p.sets()) {
            return hold(p, ex, doneToTarget + " of " + p.sets() + " sets reached " + p.target()
                    + (p.timed() ? " s" : " reps"));
        }

        // 5. progress: reps (or seconds) first, then load, then the ladder
        String because = "you hit " + Text.dose(p) + " at RPE " + Text.number(maxRpe) + " with good knee tracking";
        if (p.target() < p.rangeMax()) {
            int step = p.timed() ? dp.holdStepSeconds() : dp.repStep();
            ExercisePrescription next = p.withTarget(Math.min(p.rangeMax(), p.target() + step));
            return decision(Decision.Kind.PROGRESS_REPS, p, ex, next, because);
        }
        if (ex.loadable() && p.loaded()) {
            if (gated) {
                return hold(p, ex, "your last form check showed your knee caving in, and load is added only while"
                        + " it stays in line");
            }
            ExercisePrescription next = p.withLoad(Loads.up(p.loadKg(), dp), p.rangeMin());
            return decision(Decision.Kind.PROGRESS_LOAD, p, ex, next, because);
        }
        Optional<Exercise> harder = catalogue.harder(ex.id());
        if (harder.isEmpty()) {
            return hold(p, ex, "you are at the top of its range and of its ladder"
                    + (ex.loadable() ? "; add a light weight when you are ready" : ""));
        }
        if (gated && !catalogue.allowedWhileCaving(harder.get())) {
            return hold(p, ex, "your last form check showed your knee caving in; the next step waits until it"
                    + " stays in line");
        }
        return move(Decision.Kind.MOVE_UP_LADDER, p, ex, harder.get(), because);
    }

    private boolean gateCloses(Exercise ex, Side side, Set<Side> formCheckCaving) {
        boolean caving = side == null ? !formCheckCaving.isEmpty() : formCheckCaving.contains(side);
        return caving && catalogue.ladder(ex.ladder()).map(Ladder::formGated).orElse(false);
    }

    private Decision regress(ExercisePrescription p, Exercise ex, String because) {
        if (p.loaded()) {
            ExercisePrescription next = p.withLoad(Loads.down(p.loadKg(), dp), p.target());
            return decision(Decision.Kind.REGRESS_LOAD, p, ex, next, because);
        }
        Optional<Exercise> easier = catalogue.easier(ex.id());
        if (easier.isPresent()) {
            return move(Decision.Kind.MOVE_DOWN_LADDER, p, ex, easier.get(), because);
        }
        if (p.target() > p.rangeMin()) {
            return decision(Decision.Kind.REGRESS_REPS, p, ex, p.withTarget(p.rangeMin()), because);
        }
        return hold(p, ex, because + "; it is already the easiest step, so keep it gentle");
    }

    private Decision move(Decision.Kind kind, ExercisePrescription p, Exercise from, Exercise to, String because) {
        boolean timed = to.dosage().isTimed();
        int min = timed ? to.dosage().holdSeconds().min() : to.dosage().reps().min();
        int max = timed ? to.dosage().holdSeconds().max() : to.dosage().reps().max();
        ExercisePrescription next = new ExercisePrescription(to.id(), p.side(), p.sets(), min, max, min, null, timed);
        String sentence = name(from, p) + ": " + Text.dose(p) + " → " + to.name() + " " + Text.dose(next)
                + ", because " + because + ".";
        return new Decision(kind, p, next, next, rules.effort().targetRpe(), sentence);
    }

    private Decision decision(Decision.Kind kind, ExercisePrescription p, Exercise ex, ExercisePrescription next,
            String because) {
        return new Decision(kind, p, next, next, rules.effort().targetRpe(),
                name(ex, p) + ": " + Text.dose(p) + " → " + Text.dose(next) + ", because " + because + ".");
    }

    private Decision hold(ExercisePrescription p, Exercise ex, String because) {
        return new Decision(Decision.Kind.HOLD, p, p, p, rules.effort().targetRpe(),
                name(ex, p) + ": stay at " + Text.dose(p) + ", because " + because + ".");
    }

    /** "Single-leg glute bridge (left)": unilateral work is decided per side, so the sentence says which. */
    private static String name(Exercise ex, ExercisePrescription p) {
        return p.side() == null ? ex.name() : ex.name() + " (" + p.side().label().toLowerCase(java.util.Locale.ROOT)
                + ")";
    }

    private ExercisePrescription cut(ExercisePrescription p) {
        int sets = Math.max(1, (int) Math.round(p.sets() * (100 - deload.volumeCutPercent()) / 100.0));
        return p.withSets(sets);
    }
}
