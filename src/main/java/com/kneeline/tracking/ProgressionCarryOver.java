package com.kneeline.tracking;

import java.time.Clock;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.kneeline.assessment.AssessmentDetails;
import com.kneeline.assessment.AssessmentService;
import com.kneeline.assessment.AssessmentStatus;
import com.kneeline.assessment.engine.Answers;
import com.kneeline.assessment.engine.Side;
import com.kneeline.content.ContentService;
import com.kneeline.content.model.Exercise;
import com.kneeline.content.model.Ladder;
import com.kneeline.prescription.ProgrammeReplaced;
import com.kneeline.prescription.engine.PlannedExercise;
import com.kneeline.prescription.engine.Programme;
import com.kneeline.prescription.engine.SessionPlan;
import com.kneeline.tracking.engine.ExercisePrescription;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps a person's progression when a check-in gives them a new programme: every progressed dose of the old
 * programme whose slot (exercise) is prescribed again is copied to the new programme, in the same transaction.
 * The new programme still decides the number of sets. Reps, holds, ladder steps and load are kept, except that a
 * low-load (or referral-only) programme drops the load, and where the new assessment saw the knee cave on that
 * side a form-gated ladder keeps no load and no step above its limit (article 000: form before load); such a slot
 * starts again from the new programme's dose.
 */
@Component
class ProgressionCarryOver {

    private final CurrentPrescriptionRepository prescriptions;
    private final AssessmentService assessments;
    private final ContentService content;
    private final Clock clock;

    ProgressionCarryOver(CurrentPrescriptionRepository prescriptions, AssessmentService assessments,
                         ContentService content, Clock clock) {
        this.prescriptions = prescriptions;
        this.assessments = assessments;
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
        Set<Side> caving = caving(event.ownerId());
        Set<String> done = new HashSet<>();
        for (SessionPlan session : event.replacement().sessions()) {
            for (PlannedExercise planned : session.exercises()) {
                if (!done.add(planned.exerciseId())) {
                    continue;
                }
                boolean unilateral = content.exercise(planned.exerciseId()).map(Exercise::unilateral).orElse(false);
                for (ExercisePrescription start : ExercisePrescription.fromPlan(planned, unilateral)) {
                    old.stream().filter(p -> p.getSlotId().equals(planned.exerciseId()) && p.getSide() == start.side())
                            .map(CurrentPrescription::toEngine)
                            .filter(p -> !gateCloses(p, caving))
                            .findFirst().ifPresent(p -> carry(event, planned, start, p, topRpe, caving));
                }
            }
        }
    }

    private void carry(ProgrammeReplaced event, PlannedExercise planned, ExercisePrescription start,
                       ExercisePrescription progressed, double topRpe, Set<Side> caving) {
        // The slot's own load guidance says nothing here: the progressed step may be a loadable one further up.
        boolean loadAllowed = event.replacement().kind() == Programme.Kind.FULL && !cavingOnGatedLadder(progressed, caving);
        Double load = loadAllowed ? progressed.loadKg() : null;
        ExercisePrescription next = new ExercisePrescription(progressed.exerciseId(), progressed.side(), start.sets(),
                progressed.rangeMin(), progressed.rangeMax(), progressed.target(), load, progressed.timed());
        CurrentPrescription row = new CurrentPrescription(event.ownerId(), event.newId(), planned.exerciseId(),
                start.side());
        row.update(next, next.sets(), topRpe, clock.instant());
        prescriptions.save(row);
    }

    /** Whether the progressed step is above what its form-gated ladder allows while the knee caves on that side. */
    private boolean gateCloses(ExercisePrescription p, Set<Side> caving) {
        return cavingOnGatedLadder(p, caving) && content.exercise(p.exerciseId())
                .map(e -> !content.catalogue().allowedWhileCaving(e)).orElse(false);
    }

    private boolean cavingOnGatedLadder(ExercisePrescription p, Set<Side> caving) {
        boolean cavingHere = p.side() == null ? !caving.isEmpty() : caving.contains(p.side());
        return cavingHere && content.exercise(p.exerciseId())
                .flatMap(e -> content.catalogue().ladder(e.ladder())).map(Ladder::formGated).orElse(false);
    }

    /** The sides on which the newest completed assessment (the new programme's) saw the knee cave in. */
    private Set<Side> caving(long ownerId) {
        List<AssessmentDetails> completed = assessments.concluded(ownerId).stream()
                .filter(a -> a.status() == AssessmentStatus.COMPLETED).toList();
        Set<Side> sides = EnumSet.noneOf(Side.class);
        if (completed.isEmpty()) {
            return sides;
        }
        Answers answers = completed.get(completed.size() - 1).answers();
        String input = content.catalogue().prescription().cavingInput();
        for (Side side : Side.values()) {
            answers.raw(input, side).filter(v -> v.strip().toLowerCase(Locale.ROOT).equals(Answers.YES))
                    .ifPresent(v -> sides.add(side));
        }
        return sides;
    }
}
