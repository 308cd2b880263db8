package com.kneeline.tracking;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.kneeline.assessment.engine.Side;
import com.kneeline.content.ContentService;
import com.kneeline.content.model.Exercise;
import com.kneeline.prescription.ProgrammeDetails;
import com.kneeline.prescription.engine.PlannedExercise;
import com.kneeline.prescription.engine.Programme;
import com.kneeline.prescription.engine.SessionPlan;
import com.kneeline.tracking.engine.Decision;
import com.kneeline.tracking.engine.ExercisePrescription;
import com.kneeline.tracking.engine.Flag;
import com.kneeline.tracking.engine.ProgressionEngine;
import com.kneeline.tracking.engine.SessionFit;

/**
 * The tracker's rules around the progression engine's decisions, for the tracker's services: whether load may be
 * added now, whether a ladder step fits the sessions' minutes, and how the decisions and a pause read as "what
 * changes next time".
 */
final class NextTimeRules {

    private final ContentService content;
    private final SessionFit fit;

    NextTimeRules(ContentService content, SessionFit fit) {
        this.content = content;
        this.fit = fit;
    }

    static String key(String slotId, Side side) {
        return slotId + "|" + side;
    }

    /**
     * Whether a person may add load to an exercise now: the programme allowed it for the slot, or the slot's own
     * exercise could not be loaded and a ladder step up made it loadable, outside a low-load programme and not on a
     * form-gated ladder while the latest form check shows the knee caving on that side.
     */
    boolean loadAllowed(ProgrammeDetails programme, PlannedExercise planned, Exercise now, Side side,
            Set<Side> caving) {
        if (!now.loadable() || programme.programme().kind() != Programme.Kind.FULL) {
            return false;
        }
        if (planned.loadGuidance() != null) {
            return true;
        }
        boolean slotLoadable = content.exercise(planned.exerciseId()).map(Exercise::loadable).orElse(false);
        boolean gated = (side == null ? !caving.isEmpty() : caving.contains(side))
                && content.catalogue().ladder(now.ladder()).map(l -> l.formGated()).orElse(false);
        return !slotLoadable && !gated;
    }

    /**
     * A step up the ladder is taken only if every session with the slot still fits its planned minutes at the new
     * step (the slot is shared by those sessions); otherwise the exercise stays at the top of its range.
     */
    Decision fitOrHold(ProgrammeDetails programme, Function<String, Optional<ExercisePrescription>> current,
            String slot, Decision up) {
        for (SessionPlan plan : programme.programme().sessions()) {
            List<List<String>> ids = new ArrayList<>();
            boolean has = false;
            for (PlannedExercise planned : plan.exercises()) {
                boolean unilateral = content.exercise(planned.exerciseId()).map(Exercise::unilateral).orElse(false);
                List<String> sides = new ArrayList<>();
                for (ExercisePrescription start : ExercisePrescription.fromPlan(planned, unilateral)) {
                    boolean moving = planned.exerciseId().equals(slot) && start.side() == up.before().side();
                    sides.add(moving ? up.next().exerciseId() : current.apply(key(planned.exerciseId(), start.side()))
                            .map(ExercisePrescription::exerciseId).orElse(start.exerciseId()));
                    has |= moving;
                }
                ids.add(sides.stream().distinct().toList());
            }
            if (has && !fit.fits(plan.exercises(), ids, plan.estimatedMinutes())) {
                String name = content.exercise(up.before().exerciseId()).map(Exercise::name).orElse(slot)
                        + (up.before().side() == null ? "" : " (" + up.before().side().label().toLowerCase(Locale.ROOT)
                        + ")");
                return SessionFit.heldForTime(up, name, content.exercise(up.next().exerciseId()).map(Exercise::name)
                        .orElse(up.next().exerciseId()), plan.estimatedMinutes());
            }
        }
        return up;
    }

    /**
     * A ladder step (up or down) that would put this slot on the exercise another slot of a session with this slot
     * is already at on the same side is not taken ({@link SessionFit#keptApart}): a session never lists the same
     * exercise and side twice.
     */
    Decision apartOrKept(ProgrammeDetails programme, Function<String, Optional<ExercisePrescription>> current,
            String slot, Decision move) {
        if (move.kind() != Decision.Kind.MOVE_UP_LADDER && move.kind() != Decision.Kind.MOVE_DOWN_LADDER) {
            return move;
        }
        String to = move.next().exerciseId();
        Side side = move.before().side();
        for (SessionPlan plan : programme.programme().sessions()) {
            if (plan.exercises().stream().noneMatch(p -> p.exerciseId().equals(slot))) {
                continue;
            }
            for (PlannedExercise planned : plan.exercises()) {
                if (planned.exerciseId().equals(slot)) {
                    continue;
                }
                boolean unilateral = content.exercise(planned.exerciseId()).map(Exercise::unilateral).orElse(false);
                for (ExercisePrescription start : ExercisePrescription.fromPlan(planned, unilateral)) {
                    String at = current.apply(key(planned.exerciseId(), start.side()))
                            .map(ExercisePrescription::exerciseId).orElse(start.exerciseId());
                    if (at.equals(to) && start.side() == side) {
                        String name = content.exercise(move.before().exerciseId()).map(Exercise::name).orElse(slot)
                                + (side == null ? "" : " (" + side.label().toLowerCase(Locale.ROOT) + ")");
                        return SessionFit.keptApart(move, name,
                                content.exercise(to).map(Exercise::name).orElse(to));
                    }
                }
            }
        }
        return move;
    }

    /** While a flag is open: what lifts the pause, in words ("you have read ..."); empty when nothing is open. */
    static Optional<String> pausedUntil(List<OpenFlag> open) {
        if (open.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(ProgressionEngine.pausedUntil(open.stream().anyMatch(OpenFlag::stopsExercise),
                open.stream().map(OpenFlag::kind).collect(Collectors.toSet())));
    }

    /**
     * What changes next time, as the person reads it: a deload week and a pause said once, "waiting for your
     * morning check-in" said once rather than on every exercise, then each exercise's decision.
     */
    static List<String> sentences(ProgressionEngine.Result result, boolean stop, Set<Flag.Kind> open) {
        List<String> out = new ArrayList<>();
        if (result.deloadWeek()) {
            out.add("This is a deload week: fewer sets and a little less effort, so your body can catch up.");
        }
        if (result.decisions().stream().anyMatch(d -> d.kind() == Decision.Kind.PAUSE)) {
            out.add("Your programme is paused until " + ProgressionEngine.pausedUntil(stop, open)
                    + ": nothing gets harder meanwhile, but easier steps after pain or a caving knee still apply.");
        }
        if (result.decisions().stream().anyMatch(d -> d.kind() == Decision.Kind.WAITING)) {
            out.add(TodaysSessionService.WAITING);
        }
        result.decisions().stream().filter(d -> d.kind() != Decision.Kind.PAUSE && d.kind() != Decision.Kind.WAITING)
                .map(Decision::sentence).distinct().forEach(out::add);
        return out;
    }

}
