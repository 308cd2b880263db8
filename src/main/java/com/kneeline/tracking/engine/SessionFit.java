package com.kneeline.tracking.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import com.kneeline.prescription.engine.PlannedExercise;
import com.kneeline.prescription.engine.PrescriptionEngine;

/**
 * Keeps a session within its planned minutes after progression. Each slot keeps its planned sets; progression only
 * moves reps within an exercise's range (which the plan already timed at its top), load, or the ladder step. A step
 * with a longer range or tempo could make the session longer than the person's minutes, so the sets are trimmed,
 * one at a time from the slot with the most, never below the content's minimum, until the session fits. The time
 * of each slot comes from the prescription engine, the one rule the planner also uses.
 */
public final class SessionFit {

    private final PrescriptionEngine prescription;
    private final int minSets;

    public SessionFit(PrescriptionEngine prescription, int minSets) {
        this.prescription = Objects.requireNonNull(prescription, "prescription");
        this.minSets = minSets;
    }

    /**
     * The sets per slot (before a side's extra sets) that keep the session within {@code minutes}.
     *
     * @param slots      the session's planned exercises, in order
     * @param currentIds per slot, the exercise it is at now on each side (a ladder step away from the planned one,
     *                   or the same); the one that takes longer is timed
     * @param minutes    the session's budget: the planned session's minutes, which the planner fitted to the
     *                   person's minutes per session
     */
    public int[] sets(List<PlannedExercise> slots, List<List<String>> currentIds, int minutes) {
        List<PlannedExercise> now = timed(slots, currentIds);
        int[] sets = new int[now.size()];
        for (int i = 0; i < sets.length; i++) {
            sets[i] = slots.get(i).sets();
        }
        while (prescription.estimatedMinutes(now) > minutes) {
            int most = -1;
            for (int i = 0; i < sets.length; i++) {
                if (sets[i] > minSets && (most < 0 || now.get(i).estimatedSeconds() > now.get(most).estimatedSeconds())) {
                    most = i;
                }
            }
            if (most < 0) {
                break;
            }
            sets[most]--;
            now.set(most, prescription.reestimated(withSets(now.get(most), sets[most])));
        }
        return sets;
    }

    /** Minutes of a session with these slots at these exercises and sets, as the planner counts them. */
    public int minutes(List<PlannedExercise> slots, List<List<String>> currentIds, int[] sets) {
        List<PlannedExercise> now = timed(slots, currentIds);
        for (int i = 0; i < sets.length; i++) {
            now.set(i, prescription.reestimated(withSets(now.get(i), sets[i])));
        }
        return prescription.estimatedMinutes(now);
    }

    /** Each slot at its current exercise (the longer one where the sides differ), timed at the slot's sets. */
    private List<PlannedExercise> timed(List<PlannedExercise> slots, List<List<String>> currentIds) {
        if (slots.size() != currentIds.size()) {
            throw new IllegalArgumentException("the current exercises of every slot are needed");
        }
        List<PlannedExercise> now = new ArrayList<>();
        for (int i = 0; i < slots.size(); i++) {
            PlannedExercise slot = slots.get(i);
            PlannedExercise longest = null;
            for (String id : currentIds.get(i)) {
                PlannedExercise at = prescription.reestimated(slot.exerciseId().equals(id) ? slot
                        : withSets(prescription.swapped(slot, id), slot.sets()));
                if (longest == null || at.estimatedSeconds() > longest.estimatedSeconds()) {
                    longest = at;
                }
            }
            now.add(longest == null ? prescription.reestimated(slot) : longest);
        }
        return now;
    }


    private static PlannedExercise withSets(PlannedExercise p, int sets) {
        return new PlannedExercise(p.exerciseId(), p.pillar(), sets, p.repsMin(), p.repsMax(), p.holdSecondsMin(),
                p.holdSecondsMax(), p.tempo(), p.restSeconds(), p.extraSetsOn(), p.extraSets(), p.loadGuidance(),
                p.estimatedSeconds(), p.rationale());
    }
}
