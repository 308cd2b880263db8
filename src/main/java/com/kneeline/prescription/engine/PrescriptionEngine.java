package com.kneeline.prescription.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import com.kneeline.content.model.ContentCatalogue;
import com.kneeline.content.model.Exercise;

/**
 * Turns a finished assessment into a programme by interpreting the content pack's exercises, ladders and
 * prescription rules. Plain Java, deterministic (same request, same programme) and thread-safe.
 */
public final class PrescriptionEngine {

    private final ContentCatalogue catalogue;
    private final Compiled compiled;

    public PrescriptionEngine(ContentCatalogue catalogue) {
        this.catalogue = catalogue;
        this.compiled = new Compiled(catalogue);
    }

    public Programme prescribe(PrescriptionRequest request) {
        Objects.requireNonNull(request, "request");
        RequestContext ctx = new RequestContext(compiled, request);
        if (ctx.stop) {
            return WeekPlanner.referralOnly(compiled, request.raisedFlags());
        }
        return new WeekPlanner(compiled, ctx).plan();
    }

    /**
     * {@code planned} swapped for {@code replacementId}: the replacement's own starting dose and tempo, on the same
     * side with the same extra sets when it is one-legged too, for the same reasons. Load guidance stays only where
     * the engine allowed load for the slot (the form gate or low-load mode may have removed it) and the replacement
     * can be loaded. Its time is estimated afresh.
     */
    public PlannedExercise swapped(PlannedExercise planned, String replacementId) {
        Integer x = compiled.exerciseIndex.get(replacementId);
        if (x == null) {
            throw new IllegalArgumentException("unknown exercise " + replacementId);
        }
        Exercise with = compiled.exercises[x];
        var dose = with.dosage();
        boolean timed = dose.isTimed();
        return reestimated(new PlannedExercise(with.id(), with.pillar(), dose.sets(),
                timed ? 0 : dose.reps().min(), timed ? 0 : dose.reps().max(),
                timed ? dose.holdSeconds().min() : 0, timed ? dose.holdSeconds().max() : 0,
                compiled.tempo[x], dose.restSeconds(),
                with.unilateral() ? planned.extraSetsOn() : null, with.unilateral() ? planned.extraSets() : 0,
                planned.loadGuidance() != null && with.loadable() ? with.loadGuidance() : null,
                planned.estimatedSeconds(), planned.rationale()));
    }

    /**
     * The exercise and every easier step of its ladder (easiest first): the steps a slot now at this exercise can
     * be moved down to after pain or a caving knee. Just the exercise itself when the content does not know it.
     */
    public List<String> thisAndEasierSteps(String exerciseId) {
        Integer x = compiled.exerciseIndex.get(exerciseId);
        if (x == null) {
            return List.of(exerciseId);
        }
        Exercise e = compiled.exercises[x];
        List<String> out = new ArrayList<>();
        for (Exercise step : catalogue.ladderSteps(e.ladder())) {
            if (step.level() <= e.level()) {
                out.add(step.id());
            }
        }
        if (!out.contains(exerciseId)) {
            out.add(exerciseId);
        }
        return out;
    }

    /**
     * The exercise's time worked out again from its own sets, reps or hold and extra sets, as the planner does, so
     * a trainer's dose change shows in the session's minutes. An exercise the content no longer has keeps its time.
     */
    public PlannedExercise reestimated(PlannedExercise p) {
        Integer x = compiled.exerciseIndex.get(p.exerciseId());
        if (x == null) {
            return p;
        }
        int perSet = p.holdSecondsMax() > 0 ? p.holdSecondsMax() : p.repsMax() * compiled.secondsPerRep[x];
        int seconds = compiled.seconds(x, perSet, p.restSeconds(), p.sets(), p.extraSets());
        return new PlannedExercise(p.exerciseId(), p.pillar(), p.sets(), p.repsMin(), p.repsMax(), p.holdSecondsMin(),
                p.holdSecondsMax(), p.tempo(), p.restSeconds(), p.extraSetsOn(), p.extraSets(), p.loadGuidance(),
                seconds, p.rationale());
    }

    /** A session's minutes from its exercises' times and the warm-up, rounded up, as the planner counts them. */
    public int estimatedMinutes(List<PlannedExercise> exercises) {
        int seconds = compiled.warmUpSeconds;
        for (PlannedExercise e : exercises) {
            seconds += e.estimatedSeconds();
        }
        return (seconds + 59) / 60;
    }

    /**
     * How well an exercise stands in for another, best first: on the same ladder, the nearest step, an easier step
     * before a harder one; then catalogue order.
     */
    private record Alternative(boolean otherLadder, int steps, boolean notEasier, int exercise) {
        static final Comparator<Alternative> BEST_FIRST = Comparator.comparing(Alternative::otherLadder)
                .thenComparingInt(Alternative::steps).thenComparing(Alternative::notEasier)
                .thenComparingInt(Alternative::exercise);
    }

    /**
     * Valid replacements for an exercise of a programme: same pillar, addressing at least one of the same
     * findings, using only the person's equipment, allowed by their pain and form gate, not a reactive drill before
     * the reactive phase, and not already in that session; best match first.
     */
    public List<Exercise> alternatives(PrescriptionRequest request, String exerciseId) {
        Objects.requireNonNull(request, "request");
        Integer original = compiled.exerciseIndex.get(exerciseId);
        if (original == null) {
            return List.of();
        }
        RequestContext ctx = new RequestContext(compiled, request);
        if (ctx.stop) {
            return List.of();
        }
        // the findings the original's rationale names for this person
        boolean[] rationaleFindings = new boolean[compiled.findings.length];
        boolean any = false;
        for (int f : compiled.addresses[original]) {
            if (ctx.byIndex[f] != null) {
                rationaleFindings[f] = true;
                any = true;
            }
        }
        if (!any) {
            return List.of();
        }
        String ladder = compiled.exercises[original].ladder();
        int level = compiled.level[original];
        List<Alternative> ranked = new ArrayList<>();
        for (int x = 0; x < compiled.exercises.length; x++) {
            // reactive drills are never offered before the phase that allows them
            if (x == original || compiled.pillarSlot[x] != compiled.pillarSlot[original] || !ctx.allowed[x]
                    || ctx.heldForLaterPhase(x)) {
                continue;
            }
            boolean shares = false;
            for (int f : compiled.addresses[x]) {
                shares |= rationaleFindings[f];
            }
            if (shares) {
                boolean sameLadder = compiled.exercises[x].ladder().equals(ladder);
                ranked.add(new Alternative(!sameLadder, sameLadder ? Math.abs(compiled.level[x] - level) : 0,
                        compiled.level[x] >= level, x));
            }
        }
        ranked.sort(Alternative.BEST_FIRST);
        List<Exercise> out = new ArrayList<>(ranked.size());
        ranked.forEach(a -> out.add(compiled.exercises[a.exercise()]));
        return List.copyOf(out);
    }

    /**
     * Why the safety rules do not allow the exercise for this person (equipment, pain, flags, form gate, low-load
     * mode), the way the planner decides its own choices; empty when they allow it. An exercise the content pack
     * does not have, or a request that stops at a red flag, has no refusal here: those are the caller's to handle.
     */
    public Optional<Refusal> refusal(PrescriptionRequest request, String exerciseId) {
        return check(request, exerciseId, false);
    }

    /** Why the exercise may not carry added weight for this person; empty when it may. */
    public Optional<Refusal> loadRefusal(PrescriptionRequest request, String exerciseId) {
        return check(request, exerciseId, true);
    }

    private Optional<Refusal> check(PrescriptionRequest request, String exerciseId, boolean load) {
        Objects.requireNonNull(request, "request");
        Integer i = compiled.exerciseIndex.get(exerciseId);
        if (i == null) {
            return Optional.empty();
        }
        RequestContext ctx = new RequestContext(compiled, request);
        return Optional.ofNullable(load ? ctx.loadRefusal(i) : ctx.refusal(i));
    }
}
