package com.kneeline.content.model;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * How the prescription engine turns an assessment into a weekly programme (rules/prescription.yaml): which answers
 * mean pain or a caving knee, when the programme is low-load, how sessions are timed, balanced and phased, and the
 * wording it builds. Exercises, pain limits and the form gate themselves live in their own files.
 */
public record PrescriptionRules(
        @NotNull PainInputs painInputs,
        @NotNull String cavingInput,
        @NotNull LowLoad lowLoad,
        @NotNull SessionTiming timing,
        @NotNull AffectedSideVolume affectedSide,
        @NotNull PillarBalance pillarBalance,
        @NotNull PhaseStart phaseStart,
        List<EducationEntry> education,
        @NotNull PrescriptionWording wording) {

    public PrescriptionRules {
        education = List.copyOf(education);
    }

    /** The pain inputs (0-10 scales) the engine reads, and the value assumed when one is unanswered. */
    public record PainInputs(
            @NotNull String atRest,
            @NotNull String duringActivity,
            @Min(0) @Max(10) int assumedWhenUnanswered,
            @NotNull @Size(min = 1) List<String> references,
            List<EvidenceMarker> evidence,
            String evidenceNote) implements Sourced {

        public PainInputs {
            references = List.copyOf(references);
            evidence = List.copyOf(evidence);
        }
    }

    /** Activity pain at or above {@code fromActivityPain} gives a low-load programme without these patterns. */
    public record LowLoad(
            @Min(1) @Max(10) int fromActivityPain,
            @NotNull List<MovementPattern> excludedPatterns,
            @NotNull String education,
            @NotNull @Size(min = 1) List<String> references,
            List<EvidenceMarker> evidence,
            String evidenceNote) implements Sourced {

        public LowLoad {
            excludedPatterns = List.copyOf(excludedPatterns);
            references = List.copyOf(references);
            evidence = List.copyOf(evidence);
        }
    }

    /** What a session's time estimate is made of. */
    public record SessionTiming(
            @Min(1) @Max(20) int defaultSecondsPerRep,
            @Min(0) @Max(300) int transitionSeconds,
            @Min(0) @Max(120) int sideChangeSeconds,
            @Min(1) @Max(10) int minSets,
            @NotNull @Size(min = 1) List<WarmUpStep> warmUp,
            @NotNull @Size(min = 1) List<String> references,
            List<EvidenceMarker> evidence,
            String evidenceNote) implements Sourced {

        public SessionTiming {
            warmUp = List.copyOf(warmUp);
            references = List.copyOf(references);
            evidence = List.copyOf(evidence);
        }

        public int warmUpSeconds() {
            return warmUp.stream().mapToInt(WarmUpStep::minutes).sum() * 60;
        }
    }

    public record WarmUpStep(@NotNull @Size(max = 120) String step, @Min(1) @Max(30) int minutes) {
    }

    /** Extra sets for unilateral work on one leg, and when they apply. */
    public record AffectedSideVolume(
            @Min(0) @Max(5) int extraSets,
            @NotNull @Size(min = 1) List<ExtraSetsWhen> appliesWhen,
            @NotNull @Size(min = 1) List<String> references,
            List<EvidenceMarker> evidence,
            String evidenceNote) implements Sourced {

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
            @Min(0) @Max(5) int minPerNeededPillarPerSession,
            @Min(1) @Max(10) int maxPerFindingAndPillarPerSession,
            @NotNull @Size(min = 1) List<String> references,
            List<EvidenceMarker> evidence,
            String evidenceNote) implements Sourced {

        public PillarBalance {
            references = List.copyOf(references);
            evidence = List.copyOf(evidence);
        }
    }

    /** Which phase a programme starts in and from which ladder level; the reactive phase must be reachable. */
    public record PhaseStart(
            @Min(1) @Max(20) int defaultStartLevel,
            List<PhaseStartRule> rules,
            @NotNull String reactivePhase,
            @NotNull @Size(min = 1) List<MovementPattern> reactivePatterns,
            @NotNull @Size(min = 1) List<String> references,
            List<EvidenceMarker> evidence,
            String evidenceNote) implements Sourced {

        public PhaseStart {
            rules = List.copyOf(rules);
            reactivePatterns = List.copyOf(reactivePatterns);
            references = List.copyOf(references);
            evidence = List.copyOf(evidence);
        }
    }

    /** Start in {@code phase} when every given condition holds (conditions left out do not apply). */
    public record PhaseStartRule(
            @NotNull String phase,
            boolean requiresNoCaving,
            @Min(0) @Max(10) Integer activityPainAtMost,
            @Min(0) @Max(10) Integer restPainAtMost,
            Strength maxFindingStrength,
            @Min(1) @Max(20) int startLevel,
            @NotNull String reason) {
    }

    /** Advice for a finding that claims the education pillar but has no professional-advice of its own. */
    public record EducationEntry(@NotNull String finding, @NotNull String text) {
    }

    /** Templates of the text the engine builds; the loader checks their placeholders. */
    public record PrescriptionWording(
            @NotNull String rationale,
            @NotNull String rationaleWithSide,
            @NotNull String uncovered,
            @NotNull String noFindings,
            @NotNull String warmUpStep,
            @NotNull String fewerSessions,
            @NotNull RefusalWording refusals) {
    }

    /**
     * The sentence for each refusal of the prescription engine's eligibility rules, shown when a swap or a
     * trainer's change is refused; {@code {exercise}} is the exercise's name.
     */
    public record RefusalWording(
            @NotNull String equipment,
            @NotNull String painLimit,
            @NotNull String flagExclusion,
            @NotNull String formGateCap,
            @NotNull String lowLoadPattern,
            @NotNull String loadLowLoad,
            @NotNull String loadFormGate,
            @NotNull String loadNotLoadable) {
    }
}
