package com.kneeline.content.model;

import java.util.List;

/** The decisions outcomes drive: when hop tests may be offered, entry to the speed phase, and return to sport. */
public record OutcomeGates(HopTesting hopTesting, SpeedEntry speedEntry, ReturnToSport returnToSport) {

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
}
