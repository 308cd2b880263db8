package com.kneeline.prescription;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import com.kneeline.content.model.Exercise;
import com.kneeline.prescription.AdjustmentRefusedException.Field;
import com.kneeline.prescription.engine.PlannedExercise;
import com.kneeline.prescription.engine.PrescriptionRequest;
import com.kneeline.prescription.engine.Programme;
import com.kneeline.prescription.engine.SessionPlan;

/**
 * One deliberate change to a programme: a swap, a dose, the week or the phase. Each knows why it cannot stand in a
 * programme as it now is, and how to apply itself; {@link ProgrammeOverride} stores them.
 */
sealed interface PlanChange {

    /**
     * Where a change is checked: the programme with the changes before it applied, as generated, the request it was
     * generated from, and whether its phase was chosen for this version (a phase change then no longer applies).
     */
    record Situation(Programme effective, Programme generated, PrescriptionRequest request, boolean phaseChosen) {
    }

    /** Why the change cannot stand here, next to its field; empty when it can. */
    Optional<AdjustmentRefusedException> refusal(Situation situation, ChangeRules rules);

    /**
     * Why the change cannot be made now on the version it is for; a swap or a dose is checked as when it is carried
     * to a new version, a week or phase asks what makes sense to choose.
     */
    default Optional<AdjustmentRefusedException> refusalNow(Situation situation, ChangeRules rules) {
        return refusal(situation, rules);
    }

    /** Week and phase changes make a new version generated with them; swaps and doses change the version. */
    default boolean regenerates() {
        return false;
    }

    /** An earlier change this one replaces in the new version it makes (a phase replaces the phase set before). */
    default boolean replaces(PlanChange earlier) {
        return false;
    }

    /** Swaps and doses change the sessions; week and phase changes are already in the generated programme. */
    default Programme applyTo(Programme programme, ChangeRules rules) {
        return programme;
    }

    /** What changed, in plain words. */
    String summary(ChangeRules rules);

    /** {@code replacementId} stands where {@code exerciseId} was prescribed. */
    record Swap(String exerciseId, String replacementId) implements PlanChange {

        @Override
        public Optional<AdjustmentRefusedException> refusal(Situation s, ChangeRules rules) {
            if (!exerciseIds(s.effective()).contains(exerciseId)) {
                return notInProgramme(exerciseId, rules);
            }
            Optional<AdjustmentRefusedException> unsafe = rules.refusal(s.request(), replacementId, Field.REPLACEMENT);
            if (unsafe.isPresent()) {
                return unsafe;
            }
            // The engine does not know the sessions; an exercise already done alongside this one would appear twice.
            Set<String> alongside = s.effective().sessions().stream()
                    .filter(session -> session.exercises().stream().anyMatch(e -> e.exerciseId().equals(exerciseId)))
                    .flatMap(session -> session.exercises().stream()).map(PlannedExercise::exerciseId)
                    .collect(Collectors.toSet());
            boolean valid = !alongside.contains(replacementId) && rules.engine.alternatives(s.request(), exerciseId)
                    .stream().anyMatch(e -> e.id().equals(replacementId));
            return valid ? Optional.empty() : Optional.of(new AdjustmentRefusedException(Field.REPLACEMENT,
                    rules.name(replacementId) + " cannot stand in for " + rules.name(exerciseId) + " here: it does not"
                    + " work on the same causes, is of another kind, or is already in that session."));
        }

        @Override
        public Programme applyTo(Programme programme, ChangeRules rules) {
            Optional<Exercise> replacement = rules.exercise(replacementId);
            if (replacement.isEmpty()) {
                return programme; // the content pack no longer has it: the generated exercise stands
            }
            return mapExercises(programme, exerciseId, p -> rules.engine.swapped(p, replacementId), rules);
        }

        @Override
        public String summary(ChangeRules rules) {
            return rules.name(replacementId) + " instead of " + rules.name(exerciseId);
        }
    }

    /** Sets, the rep or hold range and/or load guidance of {@code exerciseId}; null fields keep the plan's. */
    record DoseChange(String exerciseId, Dose dose) implements PlanChange {

        @Override
        public Optional<AdjustmentRefusedException> refusal(Situation s, ChangeRules rules) {
            Optional<PlannedExercise> planned = planned(s.effective(), exerciseId);
            if (planned.isEmpty()) {
                return notInProgramme(exerciseId, rules);
            }
            if (dose.isEmpty()) {
                return Optional.of(new AdjustmentRefusedException(Field.SETS, "Change at least one value."));
            }
            Optional<AdjustmentRefusedException> bounds = rules.doses.refusal(dose, planned.get().holdSecondsMax() > 0);
            if (bounds.isPresent() || dose.loadGuidance() == null) {
                return bounds;
            }
            return rules.loadRefusal(s.request(), exerciseId);
        }

        @Override
        public Programme applyTo(Programme programme, ChangeRules rules) {
            return mapExercises(programme, exerciseId, p -> rules.engine.reestimated(dosed(p)), rules);
        }

        private PlannedExercise dosed(PlannedExercise p) {
            boolean timed = p.holdSecondsMax() > 0;
            int min = dose.rangeMin() == null ? -1 : dose.rangeMin();
            int max = dose.rangeMax() == null ? -1 : dose.rangeMax();
            return new PlannedExercise(p.exerciseId(), p.pillar(), dose.sets() == null ? p.sets() : dose.sets(),
                    !timed && min > 0 ? min : p.repsMin(), !timed && max > 0 ? max : p.repsMax(),
                    timed && min > 0 ? min : p.holdSecondsMin(), timed && max > 0 ? max : p.holdSecondsMax(),
                    p.tempo(), p.restSeconds(), p.extraSetsOn(), p.extraSets(),
                    dose.loadGuidance() == null ? p.loadGuidance() : dose.loadGuidance(), p.estimatedSeconds(),
                    p.rationale());
        }

        @Override
        public String summary(ChangeRules rules) {
            List<String> parts = new ArrayList<>();
            if (dose.sets() != null) {
                parts.add(dose.sets() + (dose.sets() == 1 ? " set" : " sets"));
            }
            if (dose.rangeMin() != null) {
                boolean timed = rules.exercise(exerciseId).map(e -> e.dosage().isTimed()).orElse(false);
                String range = dose.rangeMin().equals(dose.rangeMax()) ? "" + dose.rangeMin()
                        : dose.rangeMin() + "–" + dose.rangeMax();
                parts.add(range + (timed ? " s hold" : " reps"));
            }
            if (dose.loadGuidance() != null) {
                parts.add("weight: " + dose.loadGuidance());
            }
            return rules.name(exerciseId) + ": " + String.join(" · ", parts);
        }
    }

    /** Sessions per week and minutes per session: the programme is regenerated with them. */
    record WeekChange(Week week) implements PlanChange {

        @Override
        public Optional<AdjustmentRefusedException> refusal(Situation s, ChangeRules rules) {
            return rules.weekRefusal(week);
        }

        @Override
        public boolean regenerates() {
            return true;
        }

        @Override
        public String summary(ChangeRules rules) {
            return week.sessionsPerWeek() + (week.sessionsPerWeek() == 1 ? " session" : " sessions") + " a week, "
                    + week.minutesPerSession() + " minutes each";
        }
    }

    /** The phase: the programme is regenerated in it, unless pain keeps it low-load or another phase was chosen. */
    record PhaseChange(String phaseId) implements PlanChange {

        @Override
        public Optional<AdjustmentRefusedException> refusalNow(Situation s, ChangeRules rules) {
            if (!rules.knownPhase(phaseId)) {
                return Optional.of(new AdjustmentRefusedException(Field.PHASE, "Choose one of the phases listed."));
            }
            return s.generated().kind() != Programme.Kind.LOW_LOAD ? Optional.empty()
                    : Optional.of(new AdjustmentRefusedException(Field.PHASE, "Not while activity pain is this high:"
                    + " the programme stays gentle and low-load until the client's pain allows a full one."));
        }

        @Override
        public boolean regenerates() {
            return true;
        }

        @Override
        public boolean replaces(PlanChange earlier) {
            return earlier instanceof PhaseChange;
        }

        @Override
        public Optional<AdjustmentRefusedException> refusal(Situation s, ChangeRules rules) {
            if (!s.phaseChosen() && phaseId.equals(s.generated().phaseId())) {
                return Optional.empty();
            }
            return Optional.of(new AdjustmentRefusedException(Field.PHASE, "The phase " + rules.phaseName(phaseId)
                    + " does not apply: " + (s.generated().kind() == Programme.Kind.FULL
                    ? "the programme moved on to another phase."
                    : "the programme is gentle and low-load while activity pain is high.")));
        }

        @Override
        public String summary(ChangeRules rules) {
            return "Phase: " + rules.phaseName(phaseId);
        }
    }

    private static Optional<AdjustmentRefusedException> notInProgramme(String exerciseId, ChangeRules rules) {
        return Optional.of(new AdjustmentRefusedException(Field.EXERCISE, rules.name(exerciseId)
                + " is not in this programme."));
    }

    static Optional<PlannedExercise> planned(Programme programme, String exerciseId) {
        return programme.sessions().stream().flatMap(s -> s.exercises().stream())
                .filter(e -> e.exerciseId().equals(exerciseId)).findFirst();
    }

    static Set<String> exerciseIds(Programme programme) {
        return programme.sessions().stream().flatMap(s -> s.exercises().stream()).map(PlannedExercise::exerciseId)
                .collect(Collectors.toSet());
    }

    /** The programme with one exercise changed wherever it is planned; the sessions' minutes follow the change. */
    private static Programme mapExercises(Programme programme, String exerciseId, UnaryOperator<PlannedExercise> change,
                                          ChangeRules rules) {
        List<SessionPlan> sessions = programme.sessions().stream().map(session -> {
            if (session.exercises().stream().noneMatch(e -> e.exerciseId().equals(exerciseId))) {
                return session;
            }
            List<PlannedExercise> exercises = session.exercises().stream()
                    .map(planned -> planned.exerciseId().equals(exerciseId) ? change.apply(planned) : planned)
                    .toList();
            return new SessionPlan(session.number(), session.dayOfWeek(), session.warmUp(), exercises,
                    rules.engine.estimatedMinutes(exercises));
        }).toList();
        return new Programme(programme.kind(), programme.phaseId(), programme.phases(), sessions,
                programme.safetyNotes(), programme.education(), programme.referralSuggested());
    }
}
