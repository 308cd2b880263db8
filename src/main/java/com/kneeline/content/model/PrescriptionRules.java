package com.kneeline.content.model;

import java.util.List;

/**
 * How the prescription engine turns an assessment into a weekly programme (rules/prescription.yaml): which answers
 * mean pain or a caving knee, when the programme is low-load, how sessions are timed, balanced and phased, and the
 * wording it builds. Exercises, pain limits and the form gate themselves live in their own files.
 */
public record PrescriptionRules(
        PainInputs painInputs,
        String cavingInput,
        LowLoad lowLoad,
        SessionTiming timing,
        AffectedSideVolume affectedSide,
        PillarBalance pillarBalance,
        PhaseStart phaseStart,
        @Opt List<EducationEntry> education,
        PrescriptionWording wording) {

    public PrescriptionRules {
        education = List.copyOf(education);
    }

    /** The pain inputs (0-10 scales) the engine reads, and the value assumed when one is unanswered. */
    public record PainInputs(
            String atRest,
            String duringActivity,
            @Range(min = 0, max = 10) int assumedWhenUnanswered,
            @MinItems(1) List<String> references,
            @Opt List<EvidenceMarker> evidence,
            @Opt String evidenceNote) implements Sourced {

        public PainInputs {
            references = List.copyOf(references);
            evidence = List.copyOf(evidence);
        }
    }

    /** Activity pain at or above {@code fromActivityPain} gives a low-load programme without these patterns. */
    public record LowLoad(
            @Range(min = 1, max = 10) int fromActivityPain,
            List<MovementPattern> excludedPatterns,
            String education,
            @MinItems(1) List<String> references,
            @Opt List<EvidenceMarker> evidence,
            @Opt String evidenceNote) implements Sourced {

        public LowLoad {
            excludedPatterns = List.copyOf(excludedPatterns);
            references = List.copyOf(references);
            evidence = List.copyOf(evidence);
        }
    }

    /** What a session's time estimate is made of. */
    public record SessionTiming(
            @Range(min = 1, max = 20) int defaultSecondsPerRep,
            @Range(min = 0, max = 300) int transitionSeconds,
            @Range(min = 0, max = 120) int sideChangeSeconds,
            @Range(min = 1, max = 10) int minSets,
            @MinItems(1) List<WarmUpStep> warmUp,
            @MinItems(1) List<String> references,
            @Opt List<EvidenceMarker> evidence,
            @Opt String evidenceNote) implements Sourced {

        public SessionTiming {
            warmUp = List.copyOf(warmUp);
            references = List.copyOf(references);
            evidence = List.copyOf(evidence);
        }

        public int warmUpSeconds() {
            return warmUp.stream().mapToInt(WarmUpStep::minutes).sum() * 60;
        }
    }

    public record WarmUpStep(@MaxChars(120) String step, @Range(min = 1, max = 30) int minutes) {
    }

    /** Extra sets for unilateral work on one leg, and when they apply. */
    public record AffectedSideVolume(
            @Range(min = 0, max = 5) int extraSets,
            @MinItems(1) List<ExtraSetsWhen> appliesWhen,
            @MinItems(1) List<String> references,
            @Opt List<EvidenceMarker> evidence,
            @Opt String evidenceNote) implements Sourced {

        public AffectedSideVolume {
            appliesWhen = List.copyOf(appliesWhen);
            references = List.copyOf(references);
            evidence = List.copyOf(evidence);
        }
    }

    /** When the extra sets go on one leg. */
    public enum ExtraSetsWhen {
        /** the only leg with a side-specific finding the exercise addresses */
        SIDE_FINDING,
        /** the only knee the person is worried about */
        AFFECTED_KNEE;
    }

    /** Steers the mix of pillars; coverage of every needed finding and pillar comes first regardless. */
    public record PillarBalance(
            @Range(min = 0, max = 5) int minPerNeededPillarPerSession,
            @Range(min = 1, max = 10) int maxPerFindingAndPillarPerSession,
            @MinItems(1) List<String> references,
            @Opt List<EvidenceMarker> evidence,
            @Opt String evidenceNote) implements Sourced {

        public PillarBalance {
            references = List.copyOf(references);
            evidence = List.copyOf(evidence);
        }
    }

    /** Which phase a programme starts in and from which ladder level; the reactive phase must be reachable. */
    public record PhaseStart(
            @Range(min = 1, max = 20) int defaultStartLevel,
            @Opt List<PhaseStartRule> rules,
            String reactivePhase,
            @MinItems(1) List<MovementPattern> reactivePatterns,
            @MinItems(1) List<String> references,
            @Opt List<EvidenceMarker> evidence,
            @Opt String evidenceNote) implements Sourced {

        public PhaseStart {
            rules = List.copyOf(rules);
            reactivePatterns = List.copyOf(reactivePatterns);
            references = List.copyOf(references);
            evidence = List.copyOf(evidence);
        }
    }

    /** Start in {@code phase} when every given condition holds (conditions left out do not apply). */
    public record PhaseStartRule(
            String phase,
            boolean requiresNoCaving,
            @Opt @Range(min = 0, max = 10) Integer activityPainAtMost,
            @Opt @Range(min = 0, max = 10) Integer restPainAtMost,
            @Opt Strength maxFindingStrength,
            @Range(min = 1, max = 20) int startLevel,
            String reason) {
    }

    /** Advice for a finding that claims the education pillar but has no professional-advice of its own. */
    public record EducationEntry(String finding, String text) {
    }

    /** Templates of the text the engine builds; the loader checks their placeholders. */
    public record PrescriptionWording(
            String rationale,
            String rationaleWithSide,
            String uncovered,
            String noFindings,
            String warmUpStep,
            String fewerSessions,
            RefusalWording refusals) {
    }

    /**
     * The sentence for each refusal of the prescription engine's eligibility rules, shown when a swap or a
     * trainer's change is refused; {@code {exercise}} is the exercise's name.
     */
    public record RefusalWording(
            String equipment,
            String painLimit,
            String flagExclusion,
            String formGateCap,
            String lowLoadPattern,
            String loadLowLoad,
            String loadFormGate,
            String loadNotLoadable) {
    }
}
