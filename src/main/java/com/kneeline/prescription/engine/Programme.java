package com.kneeline.prescription.engine;

import java.util.List;

/**
 * What the engine prescribes. {@link Kind#REFERRAL_ONLY} carries no sessions: an acute red flag means no
 * exercise until a professional has cleared the person.
 *
 * @param phaseId      the phase the person starts in (content phase id); null for referral only
 * @param phases       every phase in order, with goal and criteria to move on
 * @param sessions     this week's sessions
 * @param safetyNotes  plain sentences shown with every session (pain limits, form gate)
 * @param education    plain sentences for findings exercise cannot fix (structural, static valgus)
 * @param referralSuggested a professional assessment is suggested (structural/static findings, or flags)
 */
public record Programme(Kind kind, String phaseId, List<PhaseSummary> phases, List<SessionPlan> sessions,
                        List<String> safetyNotes, List<String> education, boolean referralSuggested) {

    public enum Kind {
        /** A full programme. */
        FULL,
        /** Pain at or above the content's threshold: low-load exercises and education only. */
        LOW_LOAD,
        /** An acute or urgent red flag: no exercise, see a professional. */
        REFERRAL_ONLY
    }

    public record PhaseSummary(String id, String name, String goal, String moveOnWhen) {
    }

    public Programme {
        phases = List.copyOf(phases);
        sessions = List.copyOf(sessions);
        safetyNotes = List.copyOf(safetyNotes);
        education = List.copyOf(education);
    }
}
