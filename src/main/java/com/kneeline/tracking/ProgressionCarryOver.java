package com.kneeline.tracking;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.kneeline.content.ContentService;
import com.kneeline.content.model.Exercise;
import com.kneeline.prescription.ProgrammeReplaced;
import com.kneeline.prescription.engine.PlannedExercise;
import com.kneeline.prescription.engine.SessionPlan;
import com.kneeline.tracking.engine.ExercisePrescription;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps a person's progression when a check-in gives them a new programme: every progressed dose of the old
 * programme whose slot (exercise) is prescribed again is copied to the new programme, in the same transaction.
 * The new programme still decides the number of sets, and a slot it prescribes without load guidance (a low-load
 * programme, or the form gate) starts without the old load; reps, holds and ladder steps are kept.
 */
@Component
class ProgressionCarryOver {

    private final CurrentPrescriptionRepository prescriptions;
    private final ContentService content;
    private final Clock clock;

    ProgressionCarryOver(CurrentPrescriptionRepository prescriptions, ContentService content, Clock clock) {
        this.prescriptions = prescriptions;
        this.content = content;
        this.clock = clock;
    }

    @EventListener
    void programmeReplaced(ProgrammeReplaced event) {
        List<CurrentPrescription> old = prescriptions.findByProgrammeIdAndOwnerId(event.previousId(), event.ownerId());
        if (old.isEmpty()) {
            return;
        }
        double topRpe = content.catalogue().progression().effort().targetRpe().max();
        Set<String> done = new HashSet<>();
        for (SessionPlan session : event.replacement().sessions()) {
            for (PlannedExercise planned : session.exercises()) {
                if (!done.add(planned.exerciseId())) {
                    continue;
                }
                boolean unilateral = content.exercise(planned.exerciseId()).map(Exercise::unilateral).orElse(false);
                for (ExercisePrescription start : ExercisePrescription.fromPlan(planned, unilateral)) {
                    old.stream().filter(p -> p.getSlotId().equals(planned.exerciseId()) && p.getSide() == start.side())
                            .findFirst().ifPresent(p -> carry(event, planned, start, p.toEngine(), topRpe));
                }
            }
        }
    }

    private void carry(ProgrammeReplaced event, PlannedExercise planned, ExercisePrescription start,
                       ExercisePrescription progressed, double topRpe) {
        Double load = planned.loadGuidance() == null ? null : progressed.loadKg();
        ExercisePrescription next = new ExercisePrescription(progressed.exerciseId(), progressed.side(), start.sets(),
                progressed.rangeMin(), progressed.rangeMax(), progressed.target(), load, progressed.timed());
        CurrentPrescription row = new CurrentPrescription(event.ownerId(), event.newId(), planned.exerciseId(),
                start.side());
        row.update(next, next.sets(), topRpe, clock.instant());
        prescriptions.save(row);
    }
}
