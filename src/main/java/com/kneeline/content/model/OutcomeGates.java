package com.kneeline.content.model;

import java.util.List;

/**
 * The decisions outcomes drive: when hop tests may be offered, entry to the speed phase, cutting, return to sport,
 * and when the no-progress referral waits for the questionnaires of a check-in.
 */
public record OutcomeGates(HopTesting hopTesting, SpeedEntry speedEntry, ReturnToSport returnToSport,
                           Cutting cutting, NoProgressTiming noProgress) {

    /**
     * Hop tests are offered only when the safety screen is clear, pain is at most {@code max-pain} and the current
     * phase is one of {@code phases} (those that already load one leg).
     */
    public record HopTesting(
            @Range(min = 0, max = 10) int maxPain,
            @MinItems(1) List<String> phases,
            @MinItems(1) List<String> references,
            @Opt List<EvidenceMarker> evidence,
            @Opt String evidenceNote) implements Sourced {
        public HopTesting {
            phases = List.copyOf(phases);
            references = List.copyOf(references);
            evidence = List.copyOf(evidence);
        }
    }

    /**
     * Entering {@code phase} needs the knee in line on a measured check: the FPPA at most {@code fppa-max-degrees}
     * on both sides when it was measured, otherwise the pass-fail {@code single-leg-squat-measure} passing on both
     * sides; plus the step-down score at most {@code step-down-max-score} on both sides.
     */
    public record SpeedEntry(
            String phase,
            String fppaMeasure,
            @Range(min = 0, max = 60) double fppaMaxDegrees,
            String singleLegSquatMeasure,
            String stepDownTest,
            @Range(min = 0, max = 20) int stepDownMaxScore,
            @MinItems(1) List<String> references,
            @Opt List<EvidenceMarker> evidence,
            @Opt String evidenceNote) implements Sourced {
        public SpeedEntry {
            references = List.copyOf(references);
            evidence = List.copyOf(evidence);
        }
    }

    /** Cutting and return to sport need a limb symmetry index of at least {@code min-lsi-percent} on every hop test. */
    public record ReturnToSport(
            @Range(min = 50, max = 100) double minLsiPercent,
            @MinItems(1) List<String> references,
            @Opt List<EvidenceMarker> evidence,
            @Opt String evidenceNote) implements Sourced {
        public ReturnToSport {
            references = List.copyOf(references);
            evidence = List.copyOf(evidence);
        }
    }

    /**
     * Cutting exercises (marked here by id) are neither prescribed nor progressed to until the return-to-sport hop
     * criterion holds; {@code held-because} is what the person reads, with {@code {min-lsi}} for the limit.
     */
    public record Cutting(
            @MinItems(1) List<String> exercises,
            String heldBecause,
            @MinItems(1) List<String> references,
            @Opt List<EvidenceMarker> evidence,
            @Opt String evidenceNote) implements Sourced {
        public Cutting {
            exercises = List.copyOf(exercises);
            references = List.copyOf(references);
            evidence = List.copyOf(evidence);
        }
    }

    /**
     * The no-progress referral (rules/referral.yaml's weeks) is judged on the main outcomes. After a check-in it waits
     * up to {@code questionnaire-wait-days} for the questionnaires a person answered before, so an improvement they
     * are about to report is not missed.
     */
    public record NoProgressTiming(
            @Range(min = 0, max = 28) int questionnaireWaitDays,
            @MinItems(1) List<String> references,
            @Opt List<EvidenceMarker> evidence,
            @Opt String evidenceNote) implements Sourced {
        public NoProgressTiming {
            references = List.copyOf(references);
            evidence = List.copyOf(evidence);
        }
    }
}
