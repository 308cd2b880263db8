package com.kneeline.prescription.engine;

import java.util.List;
import java.util.Map;
import java.util.Set;

import com.kneeline.assessment.engine.Answers;
import com.kneeline.assessment.engine.InferredFinding;
import com.kneeline.assessment.engine.Side;

/**
 * Everything the prescription engine needs from a finished assessment. Which answers mean pain or a caving knee
 * is the content pack's business (rules/prescription.yaml), so the raw answers travel along with the findings.
 *
 * @param findings       the assessment's findings, with side and strength
 * @param raisedFlags    ids of safety flags answered "yes" (any at a stopping level means no programme at all)
 * @param answers        the assessment's raw answers
 * @param equipment      equipment ids the person has ({@code []} = none; every exercise may use floor, wall, chair)
 * @param minutesPerSession time budget of one session, warm-up included
 * @param sessionsPerWeek how many sessions a week
 * @param affectedSides  the knee(s) the person is worried about; unilateral work gets extra volume there
 * @param requestedPhaseId a content phase to prescribe for (a phase advance or a trainer's choice); null lets the
 *                       content's phase-start rules decide. Referral only and the low-load mode still win.
 * @param heldExercises  exercise id to why another feature holds it back for this person (the outcomes' cutting
 *                       gate): never prescribed while held
 */
public record PrescriptionRequest(List<InferredFinding> findings, Set<String> raisedFlags, Answers answers,
                                  Set<String> equipment, int minutesPerSession, int sessionsPerWeek,
                                  Set<Side> affectedSides, String requestedPhaseId, Map<String, String> heldExercises) {

    public PrescriptionRequest {
        heldExercises = Map.copyOf(heldExercises);
        findings = List.copyOf(findings);
        raisedFlags = Set.copyOf(raisedFlags);
        equipment = Set.copyOf(equipment);
        affectedSides = Set.copyOf(affectedSides);
    }

    /** A request that holds nothing back. */
    public PrescriptionRequest(List<InferredFinding> findings, Set<String> raisedFlags, Answers answers,
                               Set<String> equipment, int minutesPerSession, int sessionsPerWeek,
                               Set<Side> affectedSides, String requestedPhaseId) {
        this(findings, raisedFlags, answers, equipment, minutesPerSession, sessionsPerWeek, affectedSides,
                requestedPhaseId, Map.of());
    }

    /** A request whose phase the content's phase-start rules decide. */
    public PrescriptionRequest(List<InferredFinding> findings, Set<String> raisedFlags, Answers answers,
                               Set<String> equipment, int minutesPerSession, int sessionsPerWeek,
                               Set<Side> affectedSides) {
        this(findings, raisedFlags, answers, equipment, minutesPerSession, sessionsPerWeek, affectedSides, null);
    }

    /** The same request for another phase (null: the phase-start rules decide). */
    public PrescriptionRequest inPhase(String phaseId) {
        return new PrescriptionRequest(findings, raisedFlags, answers, equipment, minutesPerSession, sessionsPerWeek,
                affectedSides, phaseId, heldExercises);
    }

    /** The same request with these exercises held back. */
    public PrescriptionRequest holding(Map<String, String> held) {
        return new PrescriptionRequest(findings, raisedFlags, answers, equipment, minutesPerSession, sessionsPerWeek,
                affectedSides, requestedPhaseId, held);
    }

    /** The same request with another week: sessions per week and minutes per session. */
    public PrescriptionRequest withWeek(int sessions, int minutes) {
        return new PrescriptionRequest(findings, raisedFlags, answers, equipment, minutes, sessions, affectedSides,
                requestedPhaseId, heldExercises);
    }
}
