package com.kneeline.content.model;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/** The decisions outcomes drive: when hop tests may be offered, entry to the speed phase, and return to sport. */
public record OutcomeGates(@NotNull HopTesting hopTesting, @NotNull SpeedEntry speedEntry, @NotNull ReturnToSport returnToSport) {

    /**
     * Hop tests are offered only when the safety screen is clear, pain is at most {@code max-pain} and the current
     * phase is one of {@code phases} (those that already load one leg).
     */
    public record HopTesting(
            @Min(0) @Max(10) int maxPain,
            @NotNull @Size(min = 1) List<String> phases,
            @NotNull @Size(min = 1) List<String> references,
            List<EvidenceMarker> evidence,
            String evidenceNote) implements Sourced {
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
            @NotNull String phase,
            @NotNull String fppaMeasure,
            @DecimalMin("0") @DecimalMax("60") double fppaMaxDegrees,
            @NotNull String singleLegSquatMeasure,
            @NotNull String stepDownTest,
            @Min(0) @Max(20) int stepDownMaxScore,
            @NotNull @Size(min = 1) List<String> references,
            List<EvidenceMarker> evidence,
            String evidenceNote) implements Sourced {
        public SpeedEntry {
            references = List.copyOf(references);
            evidence = List.copyOf(evidence);
        }
    }

    /** Cutting and return to sport need a limb symmetry index of at least {@code min-lsi-percent} on every hop test. */
    public record ReturnToSport(
            @DecimalMin("50") @DecimalMax("100") double minLsiPercent,
            @NotNull @Size(min = 1) List<String> references,
            List<EvidenceMarker> evidence,
            String evidenceNote) implements Sourced {
        public ReturnToSport {
            references = List.copyOf(references);
            evidence = List.copyOf(evidence);
        }
    }
}
